import type { UiLocale } from "@/i18n/locales";
import { formatDayHeading } from "@/lib/format/dates";

// Calendar arithmetic on "YYYY-MM-DD" days, at noon UTC so no time zone can tip them over a date line.

export function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * "Vandaag", "Gisteren", "Morgen" or "maandag 7 december 2026" (English: "Today", "Monday 7 December
 * 2026"), seen from the hotel's today. `tomorrow` is the word for the day after, from the messages.
 */
export function dayHeading(day: string, today: string, locale: UiLocale, tomorrow: string): string {
  if (day === shiftDay(today, 1)) return tomorrow;
  return formatDayHeading(new Date(`${day}T12:00:00Z`), new Date(`${today}T12:00:00Z`), locale);
}
