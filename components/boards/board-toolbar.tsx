import type { ReactNode } from "react";
import { LiveStatus } from "@/components/live/live-status";
import { BoardFilter } from "./board-filter";
import { RefreshStatus } from "./refresh-status";

/** The sticky bar above a board: its own controls (a date switcher), the filter box, refresh state. */
export function BoardToolbar({
  children,
  filter,
  onFilterChange,
  copy,
  query,
}: {
  children?: ReactNode;
  filter: string;
  onFilterChange: (value: string) => void;
  copy: { filterLabel: string; filterPlaceholder: string };
  /** The board's query, for when it last refreshed and whether that failed. */
  query: { dataUpdatedAt: number; isFetching: boolean; isError: boolean };
}) {
  return (
    <div className="sticky top-14 z-20 -mx-2 flex h-16 items-center gap-3 bg-stone-50/95 px-2 backdrop-blur">
      {children}
      <BoardFilter
        value={filter}
        onChange={onFilterChange}
        label={copy.filterLabel}
        placeholder={copy.filterPlaceholder}
      />
      <LiveStatus />
      <RefreshStatus updatedAt={query.dataUpdatedAt} isFetching={query.isFetching} isError={query.isError} />
    </div>
  );
}
