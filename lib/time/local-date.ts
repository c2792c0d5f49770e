// Calendar dates ("2026-11-23") as the front desk sees them, in the location's time zone.
import { isoDayOf, localParts } from "@/lib/time/zoned-time";

export function localDate(timeZone: string, at = new Date()): string {
  // The engine's wall-clock arithmetic: one cached formatter per zone, an unknown zone throws.
  return isoDayOf(localParts(timeZone, at.getTime()));
}

/** A Date at UTC midnight for a YYYY-MM-DD string, as Prisma expects for @db.Date columns. */
export function dateOnly(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** A real calendar day as YYYY-MM-DD: Date rolls 2026-02-30 over to March, PostgreSQL refuses it. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = dateOnly(value);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
