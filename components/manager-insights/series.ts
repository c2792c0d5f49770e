import type { UiLocale } from "@/i18n/locales";
import { bucketStarts, type InsightPeriod } from "@/lib/insights/insight-period";
import { bucketLabel } from "./insight-format";
import { OTHER_COLOR, PALETTE } from "./chart-spec";

// Small helpers the sections share to lay figures out per bucket and pick what gets a colour.

export interface Buckets {
  current: string[];
  previous: string[];
  labels: string[];
}

/** The buckets of both periods, aligned by position, labelled by the current period's. */
export function periodBuckets(period: InsightPeriod, locale: UiLocale): Buckets {
  const current = bucketStarts(period.from, period.to, period.bucket);
  const previous = bucketStarts(period.previousFrom, period.previousTo, period.bucket);
  return { current, previous, labels: current.map((day) => bucketLabel(day, period.bucket, locale)) };
}

/** Values per bucket from rows keyed by bucket start. */
export function perBucket<T>(
  rows: T[],
  buckets: string[],
  bucketOf: (row: T) => string,
  value: (row: T) => number,
): number[] {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(bucketOf(row), (totals.get(bucketOf(row)) ?? 0) + value(row));
  return buckets.map((bucket) => totals.get(bucket) ?? 0);
}

/** The biggest `limit` keys keep their own series (and colour); the rest become "other". */
export function topKeys(totals: Map<string, number>, limit: number): { shown: string[]; hasOther: boolean } {
  const sorted = [...totals].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const shown = sorted.slice(0, limit).map(([key]) => key);
  return { shown, hasOther: sorted.length > limit };
}

/** A stable colour per key within a chart: the palette in order, grey for "other". */
export function colorOf(index: number, isOther = false): string {
  return isOther ? OTHER_COLOR : (PALETTE[index % PALETTE.length] ?? OTHER_COLOR);
}

export const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
