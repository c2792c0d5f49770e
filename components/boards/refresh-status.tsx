import { CircleAlert, RefreshCw } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
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
  const t = useTranslations("boards");
  const locale = useLocale();
  if (isError) {
    return (
      <p role="status" className="flex items-start gap-1.5 text-xs text-red-700 lg:w-44">
        <CircleAlert aria-hidden="true" className="size-3.5 shrink-0" />
        <span>{t("refreshFailed")}</span>
      </p>
    );
  }
  return (
    <p className="flex items-center gap-1.5 text-xs text-stone-600 tabular-nums lg:w-44">
      <RefreshCw aria-hidden="true" className={cn("size-3.5 shrink-0", isFetching && "animate-spin")} />
      <span>{t("updatedAt", { time: formatTime(new Date(updatedAt), locale) })}</span>
    </p>
  );
}
