import { CircleAlert, Lightbulb, PackageCheck } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { memo } from "react";
import { CustomerBadgeList } from "@/components/boards/customer-badges";
import { CustomerLink } from "@/components/customers/customer-link";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { PickupRow } from "@/lib/boards/board-types";
import { formatDate } from "@/lib/format/dates";

/**
 * One waiting order: who collects it and the hand-over first, then what to know about them, what is
 * in the bag and what is worth mentioning. Names and products wrap rather than being cut off.
 */
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
  const t = useTranslations("pickups.card");
  const locale = useLocale();
  const headingId = `pickup-${row.orderId}`;
  const adviceId = `${headingId}-advice`;
  return (
    <article
      aria-labelledby={headingId}
      className={cn(
        "flex h-full flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm",
        failure && "border-red-300 bg-red-50/40",
      )}
    >
      <header className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="text-lg font-semibold break-words text-stone-900">
            <CustomerLink
              customerId={row.customer.id}
              className="inline-flex min-h-11 items-center hover:underline"
            >
              {row.customer.name}
            </CustomerLink>
          </h2>
          <p className="text-xs text-stone-600">
            <span className="font-mono">#{row.orderNumber}</span>
            {" · "}
            {row.readyDate === today
              ? t("readyToday")
              : t("readySince", { day: formatDate(new Date(`${row.readyDate}T12:00:00Z`), locale) })}
          </p>
        </div>
        {canHandOver ? (
          <Button
            className="h-11"
            onClick={() => onHandOver(row)}
            aria-label={t("handOverOrder", { orderNumber: row.orderNumber })}
          >
            <PackageCheck aria-hidden="true" />
            {t("handOver")}
          </Button>
        ) : null}
      </header>
      {failure ? (
        <p className="flex items-start gap-1 text-sm text-red-800">
          <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {failure}
        </p>
      ) : null}
      <CustomerBadgeList
        badges={row.badges}
        contactBadges={row.contactBadges}
        channel={row.channel}
        visitKind="order"
      />
      <ul aria-label={t("items", { count: row.lines.length })} className="space-y-0.5 text-sm text-stone-800">
        {row.lines.map((line) => (
          <li key={line.id} className="flex flex-wrap gap-x-2">
            <span className="w-7 shrink-0 text-right font-medium tabular-nums">{line.quantity}×</span>
            <span className="min-w-0 flex-1 break-words">{line.productName}</span>
            <span className="ml-auto text-xs text-stone-600">{line.category}</span>
          </li>
        ))}
      </ul>
      <div role="group" aria-labelledby={adviceId} className="rounded-lg bg-amber-50/70 px-3 py-2">
        <h3
          id={adviceId}
          className="flex items-center gap-1.5 text-xs font-semibold tracking-wide text-amber-900 uppercase"
        >
          <Lightbulb aria-hidden="true" className="size-3.5" />
          {t("advice")}
        </h3>
        {row.advice.length === 0 ? (
          <p className="mt-1 text-sm text-stone-600">{t("noAdvice")}</p>
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
      </div>
    </article>
  );
});
