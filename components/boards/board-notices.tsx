import { CircleAlert, CircleCheck, X } from "lucide-react";
import { useTranslations } from "next-intl";

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
  const t = useTranslations("boards");
  return (
    <div className="pointer-events-none fixed inset-x-4 bottom-4 z-40 flex flex-col items-end gap-2 sm:inset-x-auto sm:right-6 sm:bottom-6 sm:max-w-md">
      <div role="alert" className="flex flex-col items-end gap-2">
        {[...failures].map(([id, message]) => (
          <p
            key={id}
            className="pointer-events-auto flex items-start gap-2 rounded-lg border border-red-200 bg-red-50 py-1 pr-1 pl-3 text-sm text-red-900 shadow-lg"
          >
            <CircleAlert aria-hidden="true" className="mt-2.5 size-4 shrink-0" />
            <span className="min-w-0 py-2 [overflow-wrap:anywhere]">{message}</span>
            <button
              type="button"
              onClick={() => onDismiss(id)}
              aria-label={t("dismiss")}
              className="inline-flex size-11 shrink-0 items-center justify-center rounded-md text-red-800 hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-red-700"
            >
              <X aria-hidden="true" className="size-4" />
            </button>
          </p>
        ))}
      </div>
      <div role="status" aria-live="polite">
        {confirmation ? (
          <p className="pointer-events-auto flex items-center gap-2 rounded-lg bg-stone-900 px-4 py-3 text-sm font-medium text-white shadow-lg">
            <CircleCheck aria-hidden="true" className="size-4 text-brand-100" />
            {confirmation}
          </p>
        ) : null}
      </div>
    </div>
  );
}
