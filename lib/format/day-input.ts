import { INTL_LOCALE, type UiLocale } from "@/i18n/locales";

// A calendar day typed by staff, in the interface language's own order: both Dutch ("7-12-2026")
// and British English ("07/12/2026") put the day first. The value behind it is always "2026-12-07".

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * "7-12-2026", "07/12/2026", "7.12.2026", "7 12 2026" and "2026-12-07" → "2026-12-07"; a two-digit
 * year is this century. null when it is not a real calendar day.
 */
export function parseDayInput(text: string): string | null {
  const trimmed = text.trim();
  const isoMatch = ISO_DAY.exec(trimmed);
  if (isoMatch) {
    const [, y, m, d] = isoMatch.map(Number) as [number, number, number, number];
    return isRealDay(y, m, d) ? trimmed : null;
  }
  const match = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2}|\d{4})$/.exec(trimmed);
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  return isRealDay(year, month, day) ? iso(year, month, day) : null;
}

const numericFormatters = new Map<UiLocale, Intl.DateTimeFormat>();

/** "2026-12-07" → "07-12-2026" (Dutch) or "07/12/2026" (English); "" stays "". */
export function formatDayInput(isoDay: string, locale: UiLocale): string {
  const match = ISO_DAY.exec(isoDay);
  if (!match) return isoDay;
  let formatter = numericFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      timeZone: "UTC",
    });
    numericFormatters.set(locale, formatter);
  }
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return formatter.format(new Date(Date.UTC(y, m - 1, d)));
}

/** The calendar's Date (local midnight) for "2026-12-07", and back. */
export function dayToDate(isoDay: string): Date | undefined {
  const match = ISO_DAY.exec(isoDay);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return new Date(y, m - 1, d);
}

export function dateToDay(date: Date): string {
  return iso(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
