import { CircleAlert, CircleCheck, X } from "lucide-react";
import { boardCopy } from "@/lib/boards/board-copy";

/**
 * The outcome of the last check-ins or hand-overs, fixed in a corner where it is seen wherever the
 * board is scrolled (the row has just moved or gone). A confirmation fades by itself; a failure
 * stays until dismissed or retried. Fixed, so appearing never shifts the board.
 */
export function BoardNotices({
  confirmation,
  failures,
  onDismiss,
}: {
  confirmation: string | null;
  failures: ReadonlyMap<string, string>;
  onDismiss: (id: string) => void;
}) {
  return (
    <div className="fixed right-6 bottom-6 z-40 flex max-w-md flex-col items-end gap-2">
      <div role="alert" className="flex flex-col items-end gap-2">
        {[...failures].map(([id, message]) => (
          <p
            key={id}
            className="flex items-start gap-2 rounded-lg border border-red-200 bg-red-50 py-2 pr-2 pl-3 text-sm text-red-900 shadow-lg"
          >
            <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            <span>{message}</span>
            <button
              type="button"
              onClick={() => onDismiss(id)}
              aria-label={boardCopy.board.dismiss}
              className="rounded p-0.5 text-red-800 hover:bg-red-100"
            >
              <X aria-hidden="true" className="size-4" />
            </button>
          </p>
        ))}
      </div>
      <div role="status" aria-live="polite">
        {confirmation ? (
          <p className="flex items-center gap-2 rounded-lg bg-stone-900 px-4 py-3 text-sm font-medium text-white shadow-lg">
            <CircleCheck aria-hidden="true" className="size-4 text-brand-100" />
            {confirmation}
          </p>
        ) : null}
      </div>
    </div>
  );
}
