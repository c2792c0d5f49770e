import type { ReactNode } from "react";
import { LiveStatus } from "@/components/live/live-status";
import { BoardFilter } from "./board-filter";
import { RefreshStatus } from "./refresh-status";

/**
 * The bar above a board: its own controls (a date switcher), the filter box, refresh state. From lg
 * on it is one line that stays under the top bar while the board scrolls; on a phone or a tablet
 * held upright it wraps and scrolls away, leaving the screen to the rows.
 */
export function BoardToolbar({
  children,
  filter,
  onFilterChange,
  filterLabel,
  filterPlaceholder,
  query,
}: {
  children?: ReactNode;
  filter: string;
  onFilterChange: (value: string) => void;
  filterLabel: string;
  filterPlaceholder: string;
  /** The board's query, for when it last refreshed and whether that failed. */
  query: { dataUpdatedAt: number; isFetching: boolean; isError: boolean };
}) {
  return (
    <div className="z-20 -mx-2 flex flex-wrap items-center gap-x-3 gap-y-2 bg-stone-50/95 px-2 py-2 backdrop-blur lg:sticky lg:top-14 lg:h-16 lg:flex-nowrap lg:py-0">
      {children}
      <BoardFilter
        value={filter}
        onChange={onFilterChange}
        label={filterLabel}
        placeholder={filterPlaceholder}
        className="basis-full sm:basis-56"
      />
      <LiveStatus />
      <RefreshStatus updatedAt={query.dataUpdatedAt} isFetching={query.isFetching} isError={query.isError} />
    </div>
  );
}
