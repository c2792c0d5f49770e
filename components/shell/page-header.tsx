import type { ReactNode } from "react";

/** The h1 of a page, with an optional one-line explanation and actions on the right. */
export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight text-stone-900">{title}</h1>
        {description ? <p className="text-sm text-stone-600">{description}</p> : null}
      </div>
      {actions}
    </div>
  );
}
