import { Download } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { MAX_KEPT_ISSUES, type ImportIssue, type ImportSummary as Summary } from "@/lib/validation/import";

const number = new Intl.NumberFormat("en");

function Stat({ label, value, tone }: { label: string; value: number; tone?: string }) {
  return (
    <div className="rounded-lg border border-stone-200 px-4 py-3">
      <dt className="text-xs font-medium tracking-wide text-stone-500 uppercase">{label}</dt>
      <dd className={`mt-1 text-2xl font-semibold tabular-nums ${tone ?? "text-stone-900"}`}>
        {number.format(value)}
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
  return (
    <section aria-labelledby="import-summary" className="space-y-4">
      <h3 id="import-summary" className="text-sm font-semibold text-stone-900">
        Summary
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
          : `Imported ${number.format(summary.rows)} rows in ${summary.seconds.toFixed(1)} s (${number.format(summary.rowsPerSecond)} rows/s).`}
      </p>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="Rows" value={summary.rows} />
        <Stat label="Accepted" value={summary.accepted} tone="text-brand-700" />
        <Stat label="Duplicates" value={summary.duplicates} tone="text-stone-600" />
        <Stat
          label="Rejected"
          value={summary.rejected}
          tone={summary.rejected ? "text-red-700" : "text-stone-900"}
        />
      </dl>
      {reportUrl ? (
        <div className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-stone-600">
              {number.format(issueCount)} problem{issueCount === 1 ? "" : "s"} in{" "}
              {number.format(summary.rejected)} rejected row{summary.rejected === 1 ? "" : "s"}
              {preview.length < issueCount ? `; the first ${preview.length} are shown` : ""}.
            </p>
            <a
              href={reportUrl}
              download={`${fileName.replace(/\.csv$/i, "")}-errors.csv`}
              className={buttonVariants({ variant: "secondary", size: "sm" })}
            >
              <Download aria-hidden="true" />
              Download error report
            </a>
          </div>
          {isCapped ? (
            <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
              The report holds the first {number.format(MAX_KEPT_ISSUES)} problems only; fix those and import
              the file again.
            </p>
          ) : null}
          <div className="rounded-lg border border-stone-200">
            <Table aria-label="Rejected rows">
              <TableHeader>
                <TableRow>
                  <TableHead className="w-20">Row</TableHead>
                  <TableHead className="w-48">Column</TableHead>
                  <TableHead>Reason</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {preview.map((issue, index) => (
                  <TableRow key={`${issue.row}-${index}`} className="align-top">
                    <TableCell className="tabular-nums">{issue.row}</TableCell>
                    <TableCell className="font-mono text-xs">{issue.column}</TableCell>
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
