import { INTL_LOCALE, type UiLocale } from "@/i18n/locales";

// Dates are shown in the desk's time zone, not the server's, so 23:30 in Utrecht never reads as tomorrow,
// and in the staff member's interface language: "7 december 2026, 14:05" in Dutch, "7 December 2026,
// 14:05" in English. Every formatter takes the interface language (useLocale() / getLocale()).
// One zone for now: every location is in the Netherlands.
export const DISPLAY_TIME_ZONE = "Europe/Amsterdam";

const OPTIONS = {
  monthYear: { month: "long", year: "numeric" },
  date: { day: "numeric", month: "long", year: "numeric" },
  shortDate: { day: "numeric", month: "short", year: "numeric" },
  weekdayDate: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  dateTime: {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
type Style = keyof typeof OPTIONS;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached Intl.DateTimeFormat per language and style: building them is the costly part. */
export function dateFormatter(locale: UiLocale, style: Style): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      ...OPTIONS[style],
      timeZone: DISPLAY_TIME_ZONE,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

const dayParts = new Intl.DateTimeFormat("en-CA", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  timeZone: DISPLAY_TIME_ZONE,
});
const relativeFormatters = new Map<UiLocale, Intl.RelativeTimeFormat>();
function relative(locale: UiLocale): Intl.RelativeTimeFormat {
  let formatter = relativeFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.RelativeTimeFormat(INTL_LOCALE[locale], { numeric: "auto" });
    relativeFormatters.set(locale, formatter);
  }
  return formatter;
}

/** "maart 2023" / "March 2023" */
export function formatMonthYear(date: Date, locale: UiLocale): string {
  return dateFormatter(locale, "monthYear").format(date);
}

/** "12 maart 2023" / "12 March 2023" */
export function formatDate(date: Date, locale: UiLocale): string {
  return dateFormatter(locale, "date").format(date);
}

/** "12 mrt 2023" / "12 Mar 2023": tables where a column of long dates would wrap. */
export function formatShortDate(date: Date, locale: UiLocale): string {
  return dateFormatter(locale, "shortDate").format(date);
}

/** "14:05" in both languages: the desk works in 24-hour time. */
export function formatTime(date: Date, locale: UiLocale): string {
  return dateFormatter(locale, "time").format(date);
}

/** "12 maart 2023 om 14:05" / "12 March 2023 at 14:05", where the exact moment matters. */
export function formatDateTime(date: Date, locale: UiLocale): string {
  return dateFormatter(locale, "dateTime").format(date);
}

/** "woensdag 12 maart 2025" / "Wednesday 12 March 2025" */
export function formatWeekdayDate(date: Date, locale: UiLocale): string {
  return dateFormatter(locale, "weekdayDate").format(date);
}

/** Calendar day in the display zone as "2023-03-12": a stable key for grouping events by day. */
export function dayKey(date: Date): string {
  return dayParts.format(date);
}

function daysBetween(from: Date, to: Date): number {
  const toUtcDay = (date: Date) => Date.parse(`${dayKey(date)}T00:00:00Z`);
  return Math.round((toUtcDay(to) - toUtcDay(from)) / 86_400_000);
}

function capitalise(text: string, locale: UiLocale): string {
  return text.charAt(0).toLocaleUpperCase(INTL_LOCALE[locale]) + text.slice(1);
}

/** "Vandaag", "Gisteren", else "woensdag 12 maart 2025" (English: "Today", "Yesterday", …). */
export function formatDayHeading(date: Date, now: Date, locale: UiLocale): string {
  const days = daysBetween(date, now);
  if (days === 0 || days === 1) return capitalise(relative(locale).format(-days, "day"), locale);
  return formatWeekdayDate(date, locale);
}

/** "vandaag", "gisteren", "5 dagen geleden", "3 maanden geleden" (English: "5 days ago", …) */
export function formatRelativeDay(date: Date, now: Date, locale: UiLocale): string {
  const days = daysBetween(date, now);
  if (days < 0) return formatDate(date, locale);
  const format = relative(locale);
  if (days < 7) return format.format(-days, "day");
  if (days < 31) return format.format(-Math.floor(days / 7), "week");
  if (days < 365) return format.format(-Math.floor(days / 30.44), "month");
  return format.format(-Math.floor(days / 365.25), "year");
}
