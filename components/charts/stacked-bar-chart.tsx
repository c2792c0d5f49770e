"use client";

import { ChartColumn } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatNumber } from "@/lib/format/numbers";

export interface ChartSeries<K extends string> {
  key: K;
  label: string;
  color: string;
}

type Props<K extends string> = {
  title: string;
  description?: string;
  data: ({ label: string } & Record<K, number>)[];
  series: ChartSeries<K>[];
  xLabel: string;
  yLabel: string;
  emptyTitle: string;
};

const TEXT = "#44403c";

/**
 * Bars stacked per category, with a title, axis labels, an empty state, and the same figures as a
 * table under "Show the figures". The drawing is a picture only: it takes no focus and is hidden
 * from screen readers (Recharts' keyboard layer is off), which read the table instead.
 */
export function StackedBarChart<K extends string>({
  title,
  description,
  data,
  series,
  xLabel,
  yLabel,
  emptyTitle,
}: Props<K>) {
  const t = useTranslations("insights.chart");
  const locale = useLocale();
  const isEmpty = data.every((point) => series.every((s) => !point[s.key]));
  return (
    <figure className="space-y-2">
      <figcaption>
        <span className="block text-sm font-semibold text-stone-900">{title}</span>
        {description ? <span className="block text-xs text-stone-600">{description}</span> : null}
      </figcaption>
      {isEmpty ? (
        <EmptyState icon={ChartColumn} as="h3" title={emptyTitle} className="py-8" />
      ) : (
        <>
          <div aria-hidden="true" className="h-64 w-full sm:h-72">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                data={data}
                accessibilityLayer={false}
                margin={{ top: 8, right: 4, bottom: 24, left: 4 }}
              >
                <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e7e5e4" />
                <XAxis
                  dataKey="label"
                  interval="preserveStartEnd"
                  minTickGap={12}
                  tick={{ fontSize: 11, fill: "#57534e" }}
                  label={{ value: xLabel, position: "insideBottom", offset: -16, fontSize: 12, fill: TEXT }}
                />
                <YAxis
                  allowDecimals={false}
                  width={48}
                  tick={{ fontSize: 11, fill: "#57534e" }}
                  tickFormatter={(value: number) => formatNumber(value, locale)}
                  label={{
                    value: yLabel,
                    angle: -90,
                    position: "insideLeft",
                    offset: 8,
                    fontSize: 12,
                    fill: TEXT,
                  }}
                />
                <Tooltip formatter={(value) => formatNumber(Number(value), locale)} />
                <Legend
                  verticalAlign="top"
                  height={32}
                  iconType="square"
                  wrapperStyle={{ fontSize: 12 }}
                  formatter={(value: string) => <span style={{ color: TEXT }}>{value}</span>}
                />
                {series.map((s) => (
                  <Bar
                    key={s.key}
                    dataKey={s.key}
                    name={s.label}
                    stackId="total"
                    fill={s.color}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <details className="group rounded-lg border border-stone-200">
            <summary className="flex min-h-11 cursor-pointer items-center px-4 text-sm font-medium text-brand-700">
              {t("showFigures")}
            </summary>
            <Table aria-label={title}>
              <TableHeader>
                <TableRow>
                  <TableHead>{xLabel}</TableHead>
                  {series.map((s) => (
                    <TableHead key={s.key} className="text-right whitespace-normal">
                      {s.label}
                    </TableHead>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.map((point) => (
                  <TableRow key={point.label}>
                    <th
                      scope="row"
                      className="px-4 py-3 pl-5 text-left font-normal whitespace-nowrap text-stone-700"
                    >
                      {point.label}
                    </th>
                    {series.map((s) => (
                      <TableCell key={s.key} className="text-right tabular-nums">
                        {formatNumber(point[s.key], locale)}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </details>
        </>
      )}
    </figure>
  );
}
