import { CircleAlert, RefreshCw } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { boardCopy } from "@/lib/boards/board-copy";
import { formatTime } from "@/lib/format/dates";

/**
 * When the board last heard from the server. A fixed width and an icon that only spins, so the
 * 30-second refresh never shifts the layout; a failed refresh keeps the last list and says so.
 */
export function RefreshStatus({
  updatedAt,
  isFetching,
  isError,
}: {
  updatedAt: number;
  isFetching: boolean;
  isError: boolean;
}) {
  const copy = boardCopy.board;
  if (isError) {
    return (
      <p
        role="status"
        className="flex w-40 items-center gap-1.5 text-xs text-red-700"
        title={copy.refreshFailed}
      >
        <CircleAlert aria-hidden="true" className="size-3.5 shrink-0" />
        <span className="truncate">{copy.refreshFailed}</span>
      </p>
    );
  }
  return (
    <p className="flex w-40 items-center gap-1.5 text-xs text-stone-500 tabular-nums">
      <RefreshCw aria-hidden="true" className={cn("size-3.5 shrink-0", isFetching && "animate-spin")} />
      <span>{copy.updatedAt(formatTime(new Date(updatedAt)))}</span>
    </p>
  );
}
