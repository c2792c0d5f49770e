import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

/** A grey placeholder block; hidden from screen readers, which hear the surrounding status text instead. */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      aria-hidden="true"
      className={cn("animate-pulse rounded-md bg-stone-200/70", className)}
      {...props}
    />
  );
}

/** Announces "Loading …" once for a region full of skeletons. */
export function LoadingRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div role="status" aria-live="polite" className={className}>
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}
