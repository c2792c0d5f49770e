import { MAX_PERIOD_DAYS, type PeriodPreset } from "@/lib/validation/insights";

// The period a manager looks at, the one before it for comparison, and the buckets its charts use:
// weeks of seven days counted from the period's first day (so the last one ends today and a period
// and the one before it line up bucket by bucket), or calendar months for periods over 120 days.
// Days are local days ("2026-12-08"). Pure, so the page, the routes and the tests agree.

export type BucketSize = "week" | "month";

export interface InsightPeriod {
  preset: PeriodPreset;
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  days: number;
  bucket: BucketSize;
}

const DAY_MS = 86_400_000;
const PRESET_DAYS: Record<Exclude<PeriodPreset, "custom">, number> = { "4w": 28, quarter: 91, year: 365 };
export const WEEKLY_UP_TO_DAYS = 120;

const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
export function addDays(day: string, days: number): string {
  return new Date(toTime(day) + days * DAY_MS).toISOString().slice(0, 10);
}
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/**
 * The period for a preset ending today, or a custom one (clamped to today and MAX_PERIOD_DAYS; a
 * reversed range is turned round). A custom period without both days falls back to the quarter.
 */
export function resolvePeriod(
  input: { preset: PeriodPreset; from?: string; to?: string },
  today: string,
): InsightPeriod {
  let preset = input.preset;
  let from: string;
  let to = today;
  if (preset === "custom" && input.from && input.to) {
    [from, to] = input.from <= input.to ? [input.from, input.to] : [input.to, input.from];
    if (to > today) to = today;
    if (from > to) from = to;
    if (daysBetween(from, to) + 1 > MAX_PERIOD_DAYS) from = addDays(to, -(MAX_PERIOD_DAYS - 1));
  } else {
    if (preset === "custom") preset = "quarter";
    from = addDays(today, -(PRESET_DAYS[preset as Exclude<PeriodPreset, "custom">] - 1));
  }
  const days = daysBetween(from, to) + 1;
  return {
    preset,
    from,
    to,
    previousFrom: addDays(from, -days),
    previousTo: addDays(from, -1),
    days,
    bucket: days > WEEKLY_UP_TO_DAYS ? "month" : "week",
  };
}

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
function nextMonth(day: string): string {
  const [year, month] = day.split("-").map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
}

/** The first day of every bucket of [from, to], oldest first. */
export function bucketStarts(from: string, to: string, size: BucketSize): string[] {
  const starts: string[] = [];
  if (size === "week") for (let day = from; day <= to; day = addDays(day, 7)) starts.push(day);
  else for (let day = monthStart(from); day <= to; day = nextMonth(day)) starts.push(day);
  return starts;
}

/** The bucket a day falls in, as its first day; weeks count from the period's first day. */
export function bucketOf(day: string, periodFrom: string, size: BucketSize): string {
  if (size === "month") return monthStart(day);
  return addDays(periodFrom, Math.floor(daysBetween(periodFrom, day) / 7) * 7);
}

/** The calendar months wholly inside [from, to], as [first month, last month], or null. */
export function fullMonths(from: string, to: string): [string, string] | null {
  const first = from === monthStart(from) ? from : nextMonth(from);
  const isMonthEnd = addDays(to, 1) === nextMonth(to);
  const last = isMonthEnd ? monthStart(to) : monthStart(addDays(monthStart(to), -1));
  return first <= last ? [first, last] : null;
}
