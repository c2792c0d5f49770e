import type { LucideIcon } from "lucide-react";
import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import type { Section } from "@/lib/greeting-card/card-types";
import { SectionBoundary } from "./section-boundary";
import { SectionFailed } from "./section-failed";

type CardSectionProps<T> = {
  title: string;
  icon: LucideIcon;
  section: Section<T>;
  children: (data: T) => ReactNode;
  className?: string;
};

/**
 * One labelled part of the card: a heading, then the section's content, its own error when its data
 * failed to load, and an error boundary so a rendering fault stays inside it.
 */
export function CardSection<T>({ title, icon: Icon, section, children, className }: CardSectionProps<T>) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={cn("min-w-0 space-y-1.5", className)}>
      <h2
        id={headingId}
        className="flex items-center gap-1.5 text-xs font-semibold tracking-wide text-stone-600 uppercase"
      >
        <Icon aria-hidden="true" className="size-3.5 shrink-0" />
        {title}
      </h2>
      <SectionBoundary>
        {section.ok ? <SectionBody data={section.data} render={children} /> : <SectionFailed />}
      </SectionBoundary>
    </section>
  );
}

/** Rendered as its own element, so a fault while rendering lands in the section's boundary. */
function SectionBody<T>({ data, render }: { data: T; render: (data: T) => ReactNode }) {
  return render(data);
}

/** The quiet sentence a section shows when it has nothing to say. */
export function SectionEmpty({ children }: { children: ReactNode }) {
  return <p className="text-sm text-stone-600">{children}</p>;
}
