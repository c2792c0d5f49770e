import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "./cn";

type EmptyStateProps = {
  icon: LucideIcon;
  title: string;
  description?: ReactNode;
  /** Buttons or links that get the person unstuck. */
  action?: ReactNode;
  /** Heading level for the title, to fit the outline of the page it sits in. */
  as?: "h1" | "h2" | "h3";
  className?: string;
};

export function EmptyState({
  icon: Icon,
  title,
  description,
  action,
  as: Heading = "h2",
  className,
}: EmptyStateProps) {
  return (
    <div className={cn("flex flex-col items-center gap-3 px-6 py-12 text-center", className)}>
      <span className="flex size-12 items-center justify-center rounded-full bg-stone-100 text-stone-500">
        <Icon aria-hidden="true" className="size-6" />
      </span>
      <Heading className="text-base font-semibold text-stone-900">{title}</Heading>
      {description ? <div className="max-w-md text-sm text-stone-600">{description}</div> : null}
      {action ? <div className="mt-1 flex flex-wrap items-center justify-center gap-2">{action}</div> : null}
    </div>
  );
}
