import type { ReactNode } from "react";

/** One question managers ask, with its charts side by side on wide screens. */
export function InsightSection({
  id,
  title,
  description,
  figures,
  children,
}: {
  id: string;
  title: string;
  description: string;
  figures?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} id={id} className="scroll-mt-6 space-y-4">
      <div className="space-y-1">
        <h2 id={`${id}-title`} className="text-lg font-semibold text-stone-900">
          {title}
        </h2>
        <p className="max-w-3xl text-sm text-stone-600">{description}</p>
      </div>
      {figures}
      <div className="grid gap-4 lg:grid-cols-2">{children}</div>
    </section>
  );
}

/** A row of headline numbers above a section's charts. */
export function InsightFigures({ items }: { items: { label: string; value: string; detail?: string }[] }) {
  return (
    <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {items.map((item) => (
        <div key={item.label} className="rounded-xl border border-stone-200 bg-white px-4 py-3 shadow-sm">
          <dt className="text-sm text-stone-600">{item.label}</dt>
          <dd className="text-2xl font-semibold text-stone-900 tabular-nums">{item.value}</dd>
          {item.detail ? <dd className="text-xs text-stone-600">{item.detail}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
