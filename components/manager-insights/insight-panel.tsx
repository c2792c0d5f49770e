"use client";

import { Download } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { UiLocale } from "@/i18n/locales";
import { writeCsv, type CsvCell } from "@/lib/csv/write-csv";
import type { ChartSpec, PanelTable } from "./chart-spec";
import { InsightChart } from "./insight-chart";

type View = "chart" | "table";

/** Dutch Excel splits on ";" and reads "0,25" as a number; English Excel on "," with "0.25". */
function csvFor(locale: UiLocale, table: PanelTable): string {
  const separator = locale === "nl" ? ";" : ",";
  const cell = (value: CsvCell): CsvCell =>
    typeof value === "number" && locale === "nl" ? String(value).replace(".", ",") : value;
  return writeCsv(
    table.columns.map((column) => column.label),
    table.rows.map((row) => row.csv.map(cell)),
    separator,
  );
}

function download(filename: string, text: string): void {
  // A byte-order mark, so Excel reads the file as UTF-8 (é, ë, €).
  const url = URL.createObjectURL(new Blob(["\uFEFF", text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * One insight: its title, the takeaway in one line, and the figures as a chart or as a table (a
 * switch, so nobody depends on reading a chart), with its CSV to download.
 */
export function InsightPanel({
  id,
  title,
  takeaway,
  chart,
  visual,
  table,
  csvName,
  footer,
}: {
  id: string;
  title: string;
  takeaway: string;
  /** A Recharts chart from data, or… */
  chart?: ChartSpec;
  /** …a visual of its own (the ranked journey paths). */
  visual?: ReactNode;
  table: PanelTable;
  csvName: string;
  footer?: ReactNode;
}) {
  const t = useTranslations("managerInsights.panel");
  const locale = useLocale() as UiLocale;
  const [view, setView] = useState<View>("chart");
  const headingId = useId();
  const isEmpty = table.rows.length === 0;
  return (
    <div
      role="group"
      aria-labelledby={headingId}
      data-insight={id}
      className="flex min-w-0 flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <h3 id={headingId} className="text-base font-semibold text-stone-900">
        {title}
      </h3>
      <p className="text-sm font-medium text-stone-800" data-takeaway>
        {takeaway}
      </p>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div
          role="group"
          aria-label={t("view", { title })}
          className="inline-flex rounded-md border border-stone-300 p-0.5"
        >
          {(["chart", "table"] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={view === option}
              onClick={() => setView(option)}
              className={cn(
                "min-h-11 min-w-20 rounded px-3 text-sm font-medium",
                view === option ? "bg-brand-600 text-white" : "text-stone-700 hover:bg-stone-100",
              )}
            >
              {t(option)}
            </button>
          ))}
        </div>
        <Button
          type="button"
          variant="secondary"
          className="min-h-11"
          disabled={isEmpty}
          onClick={() => download(`${csvName}.csv`, csvFor(locale, table))}
        >
          <Download aria-hidden="true" />
          {t("download")}
        </Button>
      </div>
      {isEmpty ? (
        <p className="rounded-lg bg-stone-50 px-3 py-6 text-center text-sm text-stone-600">{t("empty")}</p>
      ) : view === "chart" ? (
        <div aria-hidden={visual ? undefined : true}>
          {visual ?? (chart ? <InsightChart spec={chart} /> : null)}
        </div>
      ) : (
        <Table>
          <caption className="sr-only">{title}</caption>
          <TableHeader>
            <TableRow>
              {table.columns.map((column) => (
                <TableHead key={column.label} className={cn("normal-case", column.isNumeric && "text-right")}>
                  {column.label}
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {table.rows.map((row, index) => (
              <TableRow key={index}>
                {row.cells.map((cell, cellIndex) =>
                  cellIndex === 0 ? (
                    <th
                      key={cellIndex}
                      scope="row"
                      className="px-4 py-3 pl-5 text-left font-medium text-stone-800"
                    >
                      {cell}
                    </th>
                  ) : (
                    <TableCell
                      key={cellIndex}
                      className={cn(table.columns[cellIndex]?.isNumeric && "text-right tabular-nums")}
                    >
                      {cell}
                    </TableCell>
                  ),
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {footer}
    </div>
  );
}
