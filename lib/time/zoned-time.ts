// Wall-clock arithmetic in a customer's IANA time zone, using only Intl, so it is correct across
// daylight-saving changes without a time-zone library. Pure: no server-only.

const FALLBACK_TIME_ZONE = "Europe/Amsterdam";
const DAY_MS = 86_400_000;

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone itself when Intl knows it; a customer with a garbled zone is treated as Dutch. */
export function usableTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return FALLBACK_TIME_ZONE;
  try {
    formatterFor(timeZone);
    return timeZone;
  } catch {
    return FALLBACK_TIME_ZONE;
  }
}

function formattedParts(timeZone: string, at: number): LocalParts {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

// Intl is slow (microseconds a call) and a batch of 1,000 customers asks about the same few days.
// Offsets only change at a zone's transitions, which fall on whole quarter hours in UTC (local
// whole or half hours minus an offset in quarter hours), so one lookup serves a quarter hour.
const QUARTER_MS = 15 * 60_000;
const offsets = new Map<string, number>();

/** UTC offset in ms at an instant (positive east of Greenwich). */
function offsetAt(timeZone: string, at: number): number {
  const quarter = Math.floor(at / QUARTER_MS);
  const key = `${timeZone}|${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const start = quarter * QUARTER_MS;
    const parts = formattedParts(timeZone, start);
    offset = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - start;
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

export function localParts(timeZone: string, at: number): LocalParts {
  // Plain arithmetic instead of a Date: this runs for every customer of a batch, and Next's server
  // wraps the Date constructor.
  const wall = Math.floor(at / 1000) * 1000 + offsetAt(timeZone, at);
  const days = Math.floor(wall / DAY_MS);
  const seconds = (wall - days * DAY_MS) / 1000;
  return {
    ...civilFromDays(days),
    hour: Math.floor(seconds / 3600),
    minute: Math.floor((seconds % 3600) / 60),
    second: seconds % 60,
  };
}

/** Year, month and day of a count of days since 1970-01-01 (H. Hinnant's civil_from_days). */
function civilFromDays(daysSinceEpoch: number): { year: number; month: number; day: number } {
  const z = daysSinceEpoch + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const instants = new Map<string, number>();

/**
 * The first instant whose local wall-clock time is at or after the given one. An ambiguous time
 * (autumn, clocks go back) gives its first occurrence; a skipped one (spring) gives the moment the
 * clocks jump.
 */
export function instantOfLocal(
  timeZone: string,
  date: { year: number; month: number; day: number },
  minuteOfDay: number,
): number {
  // Customers of one batch mostly wait for the same few moments (08:00 tomorrow, midnight).
  const key = `${timeZone}|${date.year}-${date.month}-${date.day}|${minuteOfDay}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    instant = computeInstantOfLocal(timeZone, date, minuteOfDay);
    if (instants.size > 20_000) instants.clear();
    instants.set(key, instant);
  }
  return instant;
}

function computeInstantOfLocal(
  timeZone: string,
  date: { year: number; month: number; day: number },
  minuteOfDay: number,
): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minuteOfDay);
  const before = offsetAt(timeZone, wall - DAY_MS);
  const after = offsetAt(timeZone, wall + DAY_MS);
  const candidates = [wall - before, wall - after].filter(
    (candidate) => candidate + offsetAt(timeZone, candidate) === wall,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  // In a gap: search the jump between the two readings, to the second.
  let low = Math.min(wall - before, wall - after);
  let high = Math.max(wall - before, wall - after);
  while (high - low > 1000) {
    const middle = Math.floor((low + high) / 2000) * 1000;
    if (middle + offsetAt(timeZone, middle) >= wall) high = middle;
    else low = middle;
  }
  return high;
}

/** The calendar date after the given one. */
export function nextDate(date: { year: number; month: number; day: number }) {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** "2026-03-29", the local calendar day. */
export function isoDayOf(parts: { year: number; month: number; day: number }): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** Local midnight starting the day after the one containing `at`. */
export function startOfNextLocalDay(timeZone: string, at: number): number {
  return instantOfLocal(timeZone, nextDate(localParts(timeZone, at)), 0);
}
