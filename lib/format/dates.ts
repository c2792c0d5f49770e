// Dates are shown in the desk's time zone, not the server's, so 23:30 in Utrecht never reads as tomorrow.
// One zone for now: every location is in the Netherlands. It becomes the staff member's zone with sign-in.
export const DISPLAY_TIME_ZONE = "Europe/Amsterdam";
const LOCALE = "en-GB";

const monthYear = new Intl.DateTimeFormat(LOCALE, {
  month: "long",
  year: "numeric",
  timeZone: DISPLAY_TIME_ZONE,
});
const fullDate = new Intl.DateTimeFormat(LOCALE, {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: DISPLAY_TIME_ZONE,
});
const weekdayDate = new Intl.DateTimeFormat(LOCALE, {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: DISPLAY_TIME_ZONE,
});
const time = new Intl.DateTimeFormat(LOCALE, {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: DISPLAY_TIME_ZONE,
});
const dateTime = new Intl.DateTimeFormat(LOCALE, {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: DISPLAY_TIME_ZONE,
});
const dayParts = new Intl.DateTimeFormat("en-CA", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  timeZone: DISPLAY_TIME_ZONE,
});
const relative = new Intl.RelativeTimeFormat(LOCALE, { numeric: "auto" });

/** "March 2023" */
export function formatMonthYear(date: Date): string {
  return monthYear.format(date);
}

/** "12 March 2023" */
export function formatDate(date: Date): string {
  return fullDate.format(date);
}

/** "14:05" */
export function formatTime(date: Date): string {
  return time.format(date);
}

/** "12 March 2023 at 14:05", for tooltips where the exact moment matters. */
export function formatDateTime(date: Date): string {
  return dateTime.format(date);
}

/** Calendar day in the display zone as "2023-03-12": a stable key for grouping events by day. */
export function dayKey(date: Date): string {
  return dayParts.format(date);
}

function daysBetween(from: Date, to: Date): number {
  const toUtcDay = (date: Date) => Date.parse(`${dayKey(date)}T00:00:00Z`);
  return Math.round((toUtcDay(to) - toUtcDay(from)) / 86_400_000);
}

/** "Today", "Yesterday", else "Wednesday 12 March 2025". */
export function formatDayHeading(date: Date, now: Date): string {
  const days = daysBetween(date, now);
  if (days === 0) return "Today";
  if (days === 1) return "Yesterday";
  return weekdayDate.format(date);
}

/** "today", "yesterday", "5 days ago", "3 months ago", "2 years ago" */
export function formatRelativeDay(date: Date, now: Date): string {
  const days = daysBetween(date, now);
  if (days < 0) return formatDate(date);
  if (days < 7) return relative.format(-days, "day");
  if (days < 31) return relative.format(-Math.floor(days / 7), "week");
  if (days < 365) return relative.format(-Math.floor(days / 30.44), "month");
  return relative.format(-Math.floor(days / 365.25), "year");
}
