import { DISPLAY_TIME_ZONE } from "@/lib/format/dates";

// Compact dates for the card, where space is short: "12 Nov", "12 Nov 2025", "Thu 26 Nov".

const dayMonth = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  timeZone: DISPLAY_TIME_ZONE,
});
const dayMonthYear = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: DISPLAY_TIME_ZONE,
});
const year = new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: DISPLAY_TIME_ZONE });
// Calendar days (YYYY-MM-DD) carry no zone: format them as the UTC day they name.
const weekdayDay = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});

/** "12 Nov" this year, "12 Nov 2025" otherwise. */
export function formatShortDate(date: Date, now: Date): string {
  return year.format(date) === year.format(now) ? dayMonth.format(date) : dayMonthYear.format(date);
}

/** "2026-11-26" → "Thu 26 Nov" */
export function formatCalendarDay(day: string): string {
  return weekdayDay.format(new Date(`${day}T00:00:00Z`));
}
