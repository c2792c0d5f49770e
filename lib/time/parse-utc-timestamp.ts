// PostgreSQL's text form of a `timestamp without time zone` column, which Gastvrij fills with UTC.
// Parsed by hand: pg's own parser reads it as local time through a regular expression and a Date
// per field, and the hot reads (lib/db/read-rows.ts) parse thousands of them per request.

const ZERO = 48;

/** The number in text[from, to), or -1 if any of it is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index++) {
    const digit = text.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** "2026-11-30 12:34:56.789123" as the Date of that UTC moment (to the millisecond). */
export function parseUtcTimestamp(text: string): Date {
  // Fixed positions: "YYYY-MM-DD HH:MM:SS", then optionally "." and one to six digits.
  const length = text.length;
  const isPlain =
    (length === 19 || (length >= 21 && length <= 26 && text[19] === ".")) &&
    text[4] === "-" &&
    text[7] === "-" &&
    text[10] === " " &&
    text[13] === ":" &&
    text[16] === ":";
  const year = isPlain ? digits(text, 0, 4) : -1;
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  const hour = digits(text, 11, 13);
  const minute = digits(text, 14, 16);
  const second = digits(text, 17, 19);
  const fraction = length > 20 ? digits(text, 20, Math.min(length, 23)) : 0;
  // Date.UTC reads years below 100 as 19xx.
  if (year < 100 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || fraction < 0) {
    // Anything else PostgreSQL may print (infinity, BC years) goes the slow, general way.
    return new Date(Date.parse(`${text.replace(" ", "T")}Z`));
  }
  // ".7" is 700 ms, ".78" 780 ms; digits past the millisecond are dropped.
  const ms = length > 20 ? fraction * 10 ** (3 - (Math.min(length, 23) - 20)) : 0;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
}
