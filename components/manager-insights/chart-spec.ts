import type { CsvCell } from "@/lib/csv/write-csv";

// What a panel shows, as plain data the server builds and the client draws: a chart, the same
// figures as a table, and the rows of its CSV. Pure types, so both sides share them.

export type ValueFormat = "number" | "decimal" | "percent" | "currency";

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
  values: (number | null)[];
  /** The previous period: drawn dashed (lines) or light and hatched (bars). */
  isPrevious?: boolean;
}

export interface ChartSpec {
  type: "bar" | "stackedBar" | "line" | "horizontalBar";
  categories: string[];
  series: ChartSeries[];
  format: ValueFormat;
  /** Horizontal bars stacked into one bar per category (shares adding up to 100%). */
  stacked?: boolean;
  /** The y axis (x for horizontal bars) says what is counted. */
  valueLabel: string;
}

export interface PanelTable {
  columns: { label: string; isNumeric?: boolean }[];
  /** Formatted cells for the page; the CSV takes `csv`, the raw values, in the same order. */
  rows: { cells: string[]; csv: CsvCell[] }[];
}

/**
 * Okabe–Ito, a palette readers with any common colour-vision deficiency can tell apart; the order is
 * the order series get them. Grey is kept for "other" and the previous period.
 */
export const PALETTE = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#D55E00",
  "#000000",
  "#F0E442",
] as const;
export const OTHER_COLOR = "#8C8C8C";
export const PREVIOUS_COLOR = "#A3A3A3";
