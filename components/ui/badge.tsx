import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "./cn";

export const badgeVariants = cva(
  "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap [&_svg]:size-3.5",
  {
    variants: {
      tone: {
        neutral: "bg-stone-100 text-stone-700",
        brand: "bg-brand-50 text-brand-700 ring-1 ring-brand-100 ring-inset",
        inbound: "bg-blue-50 text-inbound ring-1 ring-blue-100 ring-inset",
        outbound: "bg-amber-50 text-outbound ring-1 ring-amber-100 ring-inset",
      },
    },
    defaultVariants: { tone: "neutral" },
  },
);

type BadgeProps = ComponentProps<"span"> & VariantProps<typeof badgeVariants>;

export function Badge({ className, tone, ...props }: BadgeProps) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}
