import { CircleAlert, Lightbulb, PackageCheck } from "lucide-react";
import { CustomerLink } from "@/components/customers/customer-link";
import { memo } from "react";
import { CustomerBadgeList } from "@/components/boards/customer-badges";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { boardCopy } from "@/lib/boards/board-copy";
import type { PickupRow } from "@/lib/boards/board-types";
import { formatDate } from "@/lib/format/dates";

const copy = boardCopy.pickups;

/** One waiting order: who collects it, what is in the bag, what is worth mentioning, and the hand-over. */
export const PickupCard = memo(function PickupCard({
  row,
  today,
  failure,
  canHandOver,
  onHandOver,
}: {
  row: PickupRow;
  today: string;
  failure: string | undefined;
  canHandOver: boolean;
  onHandOver: (row: PickupRow) => void;
}) {
  const headingId = `pickup-${row.orderId}`;
  return (
    <article
      aria-labelledby={headingId}
      className={cn(
        "flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm",
        failure && "border-red-300 bg-red-50/40",
      )}
    >
      <header className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="truncate text-lg font-semibold text-stone-900">
            <CustomerLink customerId={row.customer.id} className="hover:underline">
              {row.customer.name}
            </CustomerLink>
          </h3>
          <p className="text-xs text-stone-500">
            <span className="font-mono">#{row.orderNumber}</span>
            {" · "}
            {row.readyDate === today
              ? copy.readyToday
              : copy.readySince(formatDate(new Date(`${row.readyDate}T12:00:00Z`)))}
          </p>
        </div>
        {canHandOver ? (
          <Button
            size="sm"
            onClick={() => onHandOver(row)}
            aria-label={`${copy.handOver}: #${row.orderNumber}`}
          >
            <PackageCheck aria-hidden="true" />
            {copy.handOver}
          </Button>
        ) : null}
      </header>
      <CustomerBadgeList
        badges={row.badges}
        contactBadges={row.contactBadges}
        channel={row.channel}
        visitKind="order"
      />
      <ul aria-label={copy.items(row.lines.length)} className="space-y-0.5 text-sm text-stone-800">
        {row.lines.map((line) => (
          <li key={line.id} className="flex gap-2">
            <span className="w-7 shrink-0 text-right font-medium tabular-nums">{line.quantity}×</span>
            <span className="min-w-0 truncate">{line.productName}</span>
            <span className="ml-auto shrink-0 text-xs text-stone-500">{line.category}</span>
          </li>
        ))}
      </ul>
      <section aria-label={copy.advice} className="rounded-lg bg-amber-50/70 px-3 py-2">
        <h4 className="flex items-center gap-1.5 text-xs font-semibold tracking-wide text-amber-900 uppercase">
          <Lightbulb aria-hidden="true" className="size-3.5" />
          {copy.advice}
        </h4>
        {row.advice.length === 0 ? (
          <p className="mt-1 text-sm text-stone-600">{copy.noAdvice}</p>
        ) : (
          <ul className="mt-1 space-y-0.5 text-sm">
            {row.advice.map((advice) => (
              <li key={advice.category}>
                <span className="font-medium text-stone-900">{advice.title}</span>
                <span className="text-stone-600"> · {advice.explanation}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {failure ? (
        <p className="flex items-start gap-1 text-sm text-red-800">
          <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {failure}
        </p>
      ) : null}
    </article>
  );
});
