import type { ReactNode } from "react";
import { BoardFilter } from "./board-filter";
import { RefreshStatus } from "./refresh-status";

/** The sticky bar above a board: its own controls (a date switcher), the filter box, refresh state. */
export function BoardToolbar({
  children,
  filter,
  onFilterChange,
  filterLabel,
  filterPlaceholder,
  updatedAt,
  isFetching,
  isError,
}: {
  children?: ReactNode;
  filter: string;
  onFilterChange: (value: string) => void;
  filterLabel: string;
  filterPlaceholder: string;
  updatedAt: number;
  isFetching: boolean;
  isError: boolean;
}) {
  return (
    <div className="sticky top-14 z-20 -mx-2 flex h-16 items-center gap-3 bg-stone-50/95 px-2 backdrop-blur">
      {children}
      <BoardFilter
        value={filter}
        onChange={onFilterChange}
        label={filterLabel}
        placeholder={filterPlaceholder}
      />
      <RefreshStatus updatedAt={updatedAt} isFetching={isFetching} isError={isError} />
    </div>
  );
}
