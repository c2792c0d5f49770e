import "server-only";
import { findPhoneNumbersInText, parsePhoneNumberFromString, type PhoneNumber } from "libphonenumber-js/max";

// Where phone numbers sit in a text (already normalised, see normalize-for-matching.ts), each with
// its masked form. libphonenumber does the finding and the judging; the rules here only decide how
// far to trust a bare run of digits:
//   - written as a number is written (a "+", a trunk "0", "(0…)"): masked when libphonenumber finds
//     it, and when it does not (a foreign number written nationally) its digits are hidden anyway;
//   - without a prefix ("31612340004", "6 12 34 00 06"): masked when it is a valid mobile number, or
//     a valid number that starts with its own country code. A bare "100234567" is a valid Rotterdam
//     landline too, but far more often an order number, so it stays readable.
// A second pass catches what the finder skips on purpose: numbers glued to letters ("sms0612345678")
// or to other digit groups ("2026-11-23 0612345678").

const DEFAULT_COUNTRY = "NL";
const MIN_DIGITS = 7;
const MAX_DIGITS = 15;
/** Digit groups with the separators people put between them. */
const DIGIT_RUN = /\+?\(?\d[\d\s().\/-]*\d/g;
const PERSONAL_TYPES = new Set(["MOBILE", "FIXED_LINE_OR_MOBILE", "PERSONAL_NUMBER", "PAGER", "VOIP"]);

export type PhoneRange = { start: number; end: number; masked: string };

/** "+31" and "612345678" → "+31 6 ** ** ** 78": the country code, the first and the last two digits. */
function maskNumber(number: PhoneNumber): string {
  const national = number.nationalNumber;
  const groups = Math.max(1, Math.ceil((national.length - 3) / 2));
  return `+${number.countryCallingCode} ${national.slice(0, 1)} ${Array(groups).fill("**").join(" ")} ${national.slice(-2)}`;
}

/** Digits nobody could parse as a number: keep only the last two. */
function maskDigits(digits: string): string {
  const groups = Math.max(1, Math.ceil((digits.length - 2) / 2));
  return `${Array(groups).fill("**").join(" ")} ${digits.slice(-2)}`;
}

const digitsOf = (text: string) => text.replace(/\D/g, "");
/** Written with an international or trunk prefix: "+31…", "0031…", "06…", "(020)…", "(0)6…". */
const isPrefixed = (written: string) => /^(?:\+|\(?0[1-9]|\(?00[1-9])/.test(written.trim());

function isPersonal(written: string, number: PhoneNumber): boolean {
  if (isPrefixed(written)) return true;
  if (PERSONAL_TYPES.has(number.getType() ?? "")) return true;
  const digits = digitsOf(written);
  return digits.length >= 10 && digits.startsWith(number.countryCallingCode);
}

function parseValid(written: string): PhoneNumber | null {
  const number = parsePhoneNumberFromString(written, DEFAULT_COUNTRY);
  if (number?.isValid()) return number;
  // "447700900123": an international number written without its "+".
  const digits = digitsOf(written);
  if (isPrefixed(written) || digits.length < 10) return null;
  const international = parsePhoneNumberFromString(`+${digits}`);
  return international?.isValid() ? international : null;
}

/** Numbers inside one run of digit groups, longest first from the left: "2026-11-23 0612345678". */
function rangesInRun(run: string, offset: number, isAfterLetter: boolean): PhoneRange[] {
  const groups = [...run.matchAll(/\d+/g)].map((group) => ({
    // A "+" or "(" right before the first digit group belongs to the number.
    start: (group.index ?? 0) - (/[+(]$/.test(run.slice(0, group.index)) ? 1 : 0),
    end: (group.index ?? 0) + group[0].length,
    digits: group[0].length,
  }));
  const found: PhoneRange[] = [];
  let from = 0;
  while (from < groups.length) {
    let match: PhoneRange | null = null;
    let digits = 0;
    for (let to = from; to < groups.length && digits <= MAX_DIGITS; to += 1) {
      digits += groups[to]?.digits ?? 0;
      if (digits < MIN_DIGITS || digits > MAX_DIGITS) continue;
      const start = groups[from]?.start ?? 0;
      const written = run.slice(start, groups[to]?.end);
      const number = parseValid(written);
      if (number && isPersonal(written, number))
        match = { start: offset + start, end: offset + (groups[to]?.end ?? 0), masked: maskNumber(number) };
    }
    if (match) found.push(match);
    from = match ? groups.findIndex((group) => offset + group.start >= match.end) : from + 1;
    if (from === -1) break;
  }
  if (found.length > 0) return found;
  // Nothing valid, yet written as a phone number and as long as one (a German mobile written
  // nationally): still someone's digits, so hide them rather than guess.
  const digits = digitsOf(run);
  if (!isAfterLetter && isPrefixed(run) && digits.length >= 9 && digits.length <= MAX_DIGITS)
    return [{ start: offset, end: offset + run.length, masked: maskDigits(digits) }];
  return [];
}

/** Every phone number in `text` (normalised), in order, without overlaps. */
export function findPhoneRanges(text: string): PhoneRange[] {
  const ranges: PhoneRange[] = [];
  for (const { number, startsAt, endsAt } of findPhoneNumbersInText(text, DEFAULT_COUNTRY)) {
    if (isPersonal(text.slice(startsAt, endsAt), number))
      ranges.push({ start: startsAt, end: endsAt, masked: maskNumber(number) });
  }
  const isFree = (start: number, end: number) => ranges.every((r) => end <= r.start || start >= r.end);
  const extra: PhoneRange[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    const start = run.index ?? 0;
    const trimmed = run[0].replace(/[\s().\/-]+$/, "");
    if (digitsOf(trimmed).length < MIN_DIGITS) continue;
    const isAfterLetter = /\p{L}$/u.test(text.slice(0, start));
    for (const range of rangesInRun(trimmed, start, isAfterLetter))
      if (isFree(range.start, range.end)) extra.push(range);
  }
  return [...ranges, ...extra].sort((a, b) => a.start - b.start);
}
