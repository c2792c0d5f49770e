// Calendar dates ("2026-11-23") as the front desk sees them, in the location's time zone.

// Building a formatter costs far more than formatting (it loads the zone's rules): one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function localDate(timeZone: string, at = new Date()): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD. An unknown zone throws here, before anything is remembered.
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    if (formatters.size > 500) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter.format(at);
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
