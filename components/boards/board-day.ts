import { formatDayHeading } from "@/lib/format/dates";

// Calendar arithmetic on "YYYY-MM-DD" days, at noon UTC so no time zone can tip them over a date line.

export function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** "Today", "Yesterday" or "Tuesday 24 November 2026", seen from the hotel's today. */
export function dayHeading(day: string, today: string): string {
  if (day === shiftDay(today, 1)) return "Tomorrow";
  return formatDayHeading(new Date(`${day}T12:00:00Z`), new Date(`${today}T12:00:00Z`));
}
