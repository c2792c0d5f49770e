"use client";

import { ChartColumn } from "lucide-react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { EmptyState } from "@/components/ui/empty-state";

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

const numberFormat = new Intl.NumberFormat("en-GB");

/**
 * Bars stacked per category, with a title, axis labels, an empty state, and the same figures as a
 * table for screen readers (the SVG alone says nothing to them).
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
          <div aria-hidden="true" className="h-64 w-full">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={data} margin={{ top: 8, right: 8, bottom: 24, left: 16 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e7e5e4" />
                <XAxis
                  dataKey="label"
                  tick={{ fontSize: 11, fill: "#57534e" }}
                  label={{
                    value: xLabel,
                    position: "insideBottom",
                    offset: -16,
                    fontSize: 12,
                    fill: "#44403c",
                  }}
                />
                <YAxis
                  allowDecimals={false}
                  tick={{ fontSize: 11, fill: "#57534e" }}
                  tickFormatter={(value: number) => numberFormat.format(value)}
                  label={{
                    value: yLabel,
                    angle: -90,
                    position: "insideLeft",
                    offset: -8,
                    fontSize: 12,
                    fill: "#44403c",
                  }}
                />
                <Tooltip formatter={(value) => numberFormat.format(Number(value))} />
                <Legend verticalAlign="top" height={28} iconType="square" wrapperStyle={{ fontSize: 12 }} />
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
          <table className="sr-only">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{xLabel}</th>
                {series.map((s) => (
                  <th key={s.key} scope="col">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.map((point) => (
                <tr key={point.label}>
                  <th scope="row">{point.label}</th>
                  {series.map((s) => (
                    <td key={s.key}>{numberFormat.format(point[s.key])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
