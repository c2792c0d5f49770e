import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ArrivalRow } from "@/lib/boards/board-types";
import { ArrivalRowView } from "./arrival-row";

/**
 * One part of the board ("Nog in te checken", "Ingecheckt"). Its heading stays in view while its
 * rows scroll; from lg on, where the rows form a table, the column headers stay too, and the fixed
 * column widths keep rows from shifting when the list refreshes. Below lg the rows are cards and the
 * column headers are only there for screen readers.
 */
export function ArrivalsSection({
  id,
  title,
  icon,
  rows,
  total,
  empty,
  pendingIds,
  failures,
  canCheckIn,
  onCheckIn,
}: {
  id: string;
  title: string;
  icon: ReactNode;
  /** The rows matching the filter; `total` is the section's size without it. */
  rows: ArrivalRow[];
  total: number;
  empty: string;
  pendingIds: ReadonlySet<string>;
  failures: ReadonlyMap<string, string>;
  canCheckIn: boolean;
  onCheckIn: (row: ArrivalRow) => void;
}) {
  const t = useTranslations("arrivals");
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-white shadow-sm">
      <h2
        id={headingId}
        className="sticky top-14 z-10 flex min-h-11 flex-wrap items-center gap-2 rounded-t-xl border-b border-stone-100 bg-white px-4 py-2 text-base font-semibold text-stone-900 lg:top-30 lg:px-5"
      >
        {icon}
        {title}
        <span className="rounded-full bg-stone-100 px-2 py-0.5 text-sm font-medium text-stone-700 tabular-nums">
          {rows.length === total ? total : t("sections.count", { shown: rows.length, total })}
        </span>
      </h2>
      {rows.length === 0 ? (
        <p className="px-4 py-4 text-sm text-stone-600 lg:px-5">{total > 0 ? t("empty.filtered") : empty}</p>
      ) : (
        <table
          role="table"
          className="block w-full border-collapse text-left text-sm lg:table lg:table-fixed"
          aria-labelledby={headingId}
        >
          <colgroup>
            <col className="w-[21%]" />
            <col className="w-[18%]" />
            <col />
            <col className="w-44" />
          </colgroup>
          <thead
            role="rowgroup"
            className="border-b border-stone-200 bg-stone-50 text-xs font-semibold tracking-wide text-stone-600 uppercase max-lg:sr-only lg:sticky lg:top-41 lg:z-10"
          >
            <tr role="row">
              <th role="columnheader" scope="col" className="py-2 pr-3 pl-5">
                {t("columns.guest")}
              </th>
              <th role="columnheader" scope="col" className="px-3 py-2">
                {t("columns.room")}
              </th>
              <th role="columnheader" scope="col" className="px-3 py-2">
                {t("columns.context")}
              </th>
              <th role="columnheader" scope="col" className="py-2 pr-5 pl-3 text-right">
                <span className="sr-only">{t("columns.action")}</span>
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup" className="block divide-y divide-stone-100 lg:table-row-group">
            {rows.map((row) => (
              <ArrivalRowView
                key={row.bookingId}
                row={row}
                isPending={pendingIds.has(row.bookingId)}
                failure={failures.get(row.bookingId)}
                canCheckIn={canCheckIn}
                onCheckIn={onCheckIn}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
