import { Download } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDecimal, formatNumber } from "@/lib/format/numbers";
import { MAX_KEPT_ISSUES, type ImportIssue, type ImportSummary as Summary } from "@/lib/validation/import";

function Stat({ label, value, tone }: { label: string; value: number; tone?: string }) {
  const locale = useLocale();
  return (
    <div className="rounded-lg border border-stone-200 px-4 py-3">
      <dt className="text-xs font-medium tracking-wide text-stone-600 uppercase">{label}</dt>
      <dd className={cn("mt-1 text-2xl font-semibold tabular-nums", tone ?? "text-stone-900")}>
        {formatNumber(value, locale)}
      </dd>
    </div>
  );
}

export function ImportSummary(props: {
  summary: Summary;
  issueCount: number;
  preview: ImportIssue[];
  reportUrl: string | null;
  isCapped: boolean;
  fileName: string;
}) {
  const { summary, issueCount, preview, reportUrl, isCapped, fileName } = props;
  const t = useTranslations("csvImport.summary");
  const locale = useLocale();
  return (
    <section aria-labelledby="import-summary" className="space-y-4">
      <h3 id="import-summary" className="text-sm font-semibold text-stone-900">
        {t("title")}
      </h3>
      <p
        role="status"
        className={
          summary.status === "failed"
            ? "rounded-md bg-red-50 px-3 py-2 text-sm text-red-800"
            : "rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700"
        }
      >
        {summary.status === "failed"
          ? summary.error
          : t("done", {
              rows: formatNumber(summary.rows, locale),
              seconds: formatDecimal(summary.seconds, locale, 1),
              rate: formatNumber(summary.rowsPerSecond, locale),
            })}
      </p>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label={t("rows")} value={summary.rows} />
        <Stat label={t("accepted")} value={summary.accepted} tone="text-brand-700" />
        <Stat label={t("duplicates")} value={summary.duplicates} tone="text-stone-600" />
        <Stat
          label={t("rejected")}
          value={summary.rejected}
          tone={summary.rejected ? "text-red-700" : "text-stone-900"}
        />
      </dl>
      {reportUrl ? (
        <div className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-stone-600">
              {t("problems", {
                count: issueCount,
                problems: formatNumber(issueCount, locale),
                rejected: summary.rejected,
                rows: formatNumber(summary.rejected, locale),
              })}
              {preview.length < issueCount ? ` ${t("firstShown", { shown: preview.length })}` : ""}
            </p>
            <a
              href={reportUrl}
              download={`${fileName.replace(/\.csv$/i, "")}-${t("reportSuffix")}.csv`}
              className={cn(buttonVariants({ variant: "secondary", size: "sm" }), "min-h-11")}
            >
              <Download aria-hidden="true" />
              {t("download")}
            </a>
          </div>
          {isCapped ? (
            <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {t("capped", { max: formatNumber(MAX_KEPT_ISSUES, locale) })}
            </p>
          ) : null}
          <div className="rounded-lg border border-stone-200">
            <Table aria-label={t("rejectedRows")}>
              <TableHeader>
                <TableRow>
                  <TableHead className="w-16">{t("row")}</TableHead>
                  <TableHead className="w-40">{t("column")}</TableHead>
                  <TableHead>{t("reason")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {preview.map((issue, index) => (
                  <TableRow key={`${issue.row}-${index}`} className="align-top">
                    <TableCell className="tabular-nums">{issue.row}</TableCell>
                    <TableCell className="font-mono text-xs break-all">{issue.column}</TableCell>
                    <TableCell className="text-xs break-words">{issue.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </div>
      ) : null}
    </section>
  );
}
