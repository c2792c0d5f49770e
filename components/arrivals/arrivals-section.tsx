import type { ReactNode } from "react";
import { boardCopy } from "@/lib/boards/board-copy";
import type { ArrivalRow } from "@/lib/boards/board-types";
import { ArrivalRowView } from "./arrival-row";

const columns = boardCopy.arrivals.columns;

/**
 * One part of the board ("To check in", "Checked in"). Its heading and column headers stay in view
 * under the toolbar while its rows scroll, and the fixed column widths keep rows from shifting when
 * the list refreshes.
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
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-white shadow-sm">
      <h2
        id={headingId}
        className="sticky top-30 z-10 flex h-11 items-center gap-2 rounded-t-xl border-b border-stone-100 bg-white px-5 text-base font-semibold text-stone-900"
      >
        {icon}
        {title}
        <span className="rounded-full bg-stone-100 px-2 py-0.5 text-sm font-medium text-stone-700 tabular-nums">
          {rows.length === total ? total : `${rows.length} / ${total}`}
        </span>
      </h2>
      {rows.length === 0 ? (
        <p className="px-5 py-4 text-sm text-stone-500">
          {total > 0 ? boardCopy.arrivals.emptyFiltered : empty}
        </p>
      ) : (
        <table className="w-full table-fixed border-collapse text-left text-sm" aria-labelledby={headingId}>
          <colgroup>
            <col className="w-[27%]" />
            <col className="w-[19%]" />
            <col />
            <col className="w-40" />
          </colgroup>
          <thead className="sticky top-41 z-10 border-b border-stone-200 bg-stone-50 text-xs font-semibold tracking-wide text-stone-600 uppercase">
            <tr>
              <th scope="col" className="py-2 pr-3 pl-5">
                {columns.guest}
              </th>
              <th scope="col" className="px-3 py-2">
                {columns.room}
              </th>
              <th scope="col" className="px-3 py-2">
                {columns.context}
              </th>
              <th scope="col" className="py-2 pr-5 pl-3 text-right">
                <span className="sr-only">{columns.action}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
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
