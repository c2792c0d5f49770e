import { useLocale, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { formatNumber } from "@/lib/format/numbers";

/** A real progress bar: bytes of the file the server has read, against the file's size. */
export function ImportProgress({
  percent,
  rows,
  rowsPerSecond,
  isDone,
}: {
  percent: number;
  rows: number;
  rowsPerSecond: number;
  isDone: boolean;
}) {
  const t = useTranslations("csvImport.progress");
  const locale = useLocale();
  const value = Math.min(100, Math.max(0, Math.round(percent)));
  const rowCount = formatNumber(rows, locale);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <span className="font-medium text-stone-900">{isDone ? t("finished") : t("running")}</span>
        <span className="text-stone-600 tabular-nums">
          {t("figures", { percent: value, rows: rowCount, rate: formatNumber(rowsPerSecond, locale) })}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={t("label")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={t("valueText", { percent: value, rows: rowCount })}
        className="h-2.5 w-full overflow-hidden rounded-full bg-stone-100"
      >
        <div
          className={cn(
            "h-full rounded-full bg-brand-600 transition-[width] duration-300",
            isDone && "bg-brand-700",
          )}
          style={{ width: `${value}%` }}
        />
      </div>
    </div>
  );
}
