import { instantOfLocal, localParts } from "@/lib/time/zoned-time";

// Weekly buckets for the insights charts: weeks start on Monday at local midnight, so a contact
// sent late on a Sunday evening in Amsterdam counts in that week, whatever the server's zone.

const DAY_MS = 86_400_000;

function addDays(date: { year: number; month: number; day: number }, days: number) {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

export interface WeekStart {
  /** The Monday, "2026-11-16". */
  day: string;
  /** Local midnight at its start. */
  at: Date;
}

/** Every week that overlaps [since, now], oldest first. */
export function weekStarts(since: Date, now: Date, timeZone: string): WeekStart[] {
  const local = localParts(timeZone, since.getTime());
  const weekday = (new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay() + 6) % 7;
  let monday = addDays(local, -weekday);
  const weeks: WeekStart[] = [];
  // Bounded: a week always advances the instant by about 7 days.
  for (let guard = 0; guard < Math.ceil((now.getTime() - since.getTime()) / DAY_MS / 7) + 2; guard++) {
    const at = instantOfLocal(timeZone, monday, 0);
    if (at > now.getTime()) break;
    const pad = (value: number) => String(value).padStart(2, "0");
    weeks.push({ day: `${monday.year}-${pad(monday.month)}-${pad(monday.day)}`, at: new Date(at) });
    monday = addDays(monday, 7);
  }
  return weeks;
}
