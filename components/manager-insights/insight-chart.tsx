"use client";

import { useLocale } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { UiLocale } from "@/i18n/locales";
import { formatCurrency, formatDecimal, formatNumber, formatPercent } from "@/lib/format/numbers";
import type { ChartSpec, ValueFormat } from "./chart-spec";

export function formatValue(value: number | null | undefined, format: ValueFormat, locale: UiLocale): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  switch (format) {
    case "percent":
      return formatPercent(value, locale);
    case "currency":
      return formatCurrency(value, locale);
    case "decimal":
      return formatDecimal(value, locale);
    default:
      return formatNumber(value, locale);
  }
}

const AXIS_TICK = { fontSize: 12, fill: "#44403c" };
const HATCH_ID = "previous-hatch";

/**
 * One chart from a spec (no focus stop of its own: the table has the figures): bars (side by side or stacked), lines, or horizontal bars for ranked
 * categories. Series keep their colour everywhere; the previous period is grey and dashed or hatched,
 * so it reads apart without colour. The chart is a picture of the table next to it: screen readers
 * get the takeaway and the table instead.
 */
export function InsightChart({ spec }: { spec: ChartSpec }) {
  const locale = useLocale() as UiLocale;
  const data = spec.categories.map((category, index) => {
    const point: Record<string, string | number | null> = { category };
    for (const series of spec.series) point[series.key] = series.values[index] ?? null;
    return point;
  });
  const format = (value: unknown) =>
    formatValue(typeof value === "number" ? value : null, spec.format, locale);
  const isHorizontal = spec.type === "horizontalBar";
  const barsPerCategory = spec.stacked ? 1 : spec.series.length;
  // Long category names wrap on the axis: each row is tall enough for its lines (about 22 characters each).
  const labelLines = Math.max(1, ...spec.categories.map((category) => Math.ceil(category.length / 22)));
  const rowHeight = Math.max(barsPerCategory > 1 ? 20 * barsPerCategory + 12 : 34, labelLines * 15 + 10);
  const height = isHorizontal ? Math.max(200, spec.categories.length * rowHeight + 70) : 280;
  const legend =
    spec.series.length > 1 ? (
      <Legend
        verticalAlign="top"
        iconType="square"
        itemSorter={null}
        wrapperStyle={{ fontSize: 12, paddingBottom: 8 }}
      />
    ) : null;
  const tooltip = <Tooltip formatter={(value) => format(value)} contentStyle={{ fontSize: 12 }} />;
  const hatch = (
    <defs>
      <pattern id={HATCH_ID} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#d6d3d1" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#78716c" strokeWidth="2" />
      </pattern>
    </defs>
  );

  return (
    <div style={{ height }} className="w-full min-w-0">
      <ResponsiveContainer width="100%" height="100%">
        {spec.type === "line" ? (
          <LineChart
            data={data}
            accessibilityLayer={false}
            margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e7e5e4" />
            <XAxis dataKey="category" tick={AXIS_TICK} interval="preserveStartEnd" minTickGap={12} />
            <YAxis tick={AXIS_TICK} tickFormatter={format} width={64} />
            {tooltip}
            {legend}
            {spec.series.map((series) => (
              <Line
                key={series.key}
                dataKey={series.key}
                name={series.label}
                stroke={series.color}
                strokeWidth={series.isPrevious ? 2 : 3}
                strokeDasharray={series.isPrevious ? "6 4" : undefined}
                dot={{ r: series.isPrevious ? 2 : 3 }}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        ) : (
          <BarChart
            data={data}
            accessibilityLayer={false}
            layout={isHorizontal ? "vertical" : "horizontal"}
            margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          >
            {hatch}
            <CartesianGrid
              strokeDasharray="3 3"
              vertical={isHorizontal}
              horizontal={!isHorizontal}
              stroke="#e7e5e4"
            />
            {isHorizontal ? (
              <>
                <XAxis type="number" tick={AXIS_TICK} tickFormatter={format} />
                <YAxis type="category" dataKey="category" tick={AXIS_TICK} width={160} interval={0} />
              </>
            ) : (
              <>
                <XAxis
                  dataKey="category"
                  tick={AXIS_TICK}
                  interval={spec.categories.length <= 8 ? 0 : "preserveStartEnd"}
                  minTickGap={8}
                />
                <YAxis tick={AXIS_TICK} tickFormatter={format} width={64} />
              </>
            )}
            {tooltip}
            {legend}
            {spec.series.map((series) => (
              <Bar
                key={series.key}
                dataKey={series.key}
                name={series.label}
                fill={series.isPrevious ? `url(#${HATCH_ID})` : series.color}
                stroke={series.isPrevious ? "#78716c" : undefined}
                stackId={
                  (spec.type === "stackedBar" || spec.stacked) && !series.isPrevious ? "stack" : undefined
                }
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
