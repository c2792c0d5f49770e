import { INTL_LOCALE, type UiLocale } from "@/i18n/locales";
import { DISPLAY_TIME_ZONE } from "@/lib/format/dates";

// Compact dates for the card, where space is short, in the interface language:
// "12 nov" / "12 Nov", "12 nov 2025" / "12 Nov 2025", "do 26 nov" / "Thu 26 Nov".

const STYLES = {
  dayMonth: { day: "numeric", month: "short", timeZone: DISPLAY_TIME_ZONE },
  dayMonthYear: { day: "numeric", month: "short", year: "numeric", timeZone: DISPLAY_TIME_ZONE },
  year: { year: "numeric", timeZone: DISPLAY_TIME_ZONE },
  // Calendar days (YYYY-MM-DD) carry no zone: format them as the UTC day they name.
  weekdayDay: { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: UiLocale, style: keyof typeof STYLES): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], STYLES[style]);
    formatters.set(key, format);
  }
  return format;
}

/** "12 nov" this year, "12 nov 2025" otherwise (English: "12 Nov", "12 Nov 2025"). */
export function formatShortDate(date: Date, now: Date, locale: UiLocale): string {
  const year = formatter(locale, "year");
  const style = year.format(date) === year.format(now) ? "dayMonth" : "dayMonthYear";
  return formatter(locale, style).format(date);
}

/** "2026-11-26" → "do 26 nov" / "Thu 26 Nov" */
export function formatCalendarDay(day: string, locale: UiLocale): string {
  return formatter(locale, "weekdayDay").format(new Date(`${day}T00:00:00Z`));
}
