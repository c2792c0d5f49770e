import { ArrowDownLeft, ArrowUpRight } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { Direction } from "@/lib/generated/prisma/enums";

// Call-log convention: ↙ came in, ↗ went out. Shape, not only colour, carries the direction.
export function DirectionIcon({ direction, className }: { direction: Direction; className?: string }) {
  const Icon = direction === "inbound" ? ArrowDownLeft : ArrowUpRight;
  return (
    <span
      aria-hidden="true"
      className={cn(
        "flex size-7 shrink-0 items-center justify-center rounded-full",
        direction === "inbound" ? "bg-blue-50 text-inbound" : "bg-amber-50 text-outbound",
        className,
      )}
    >
      <Icon className="size-4" strokeWidth={2.5} />
    </span>
  );
}
