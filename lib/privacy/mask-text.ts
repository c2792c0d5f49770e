import { findPhoneNumbersInText } from "libphonenumber-js/max";
import { maskEmail } from "./mask";

// Free text (notes, summaries, facts, case reasons) can hold anything staff or a source system typed,
// so for roles without personal-data access every email address and phone number in it is masked
// the way identities are. Runs on the server, like the rest of the masking.

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/**
 * Phone-shaped: starts with + or a trunk 0 (as numbers are written) and runs on in digits and
 * separators. Order numbers and references ("#100234567", "BK-0612345678") don't start that way,
 * so they stay readable; libphonenumber alone would take 100234567 for a Rotterdam number.
 */
const PHONE_LIKE = /(?<![\p{L}\p{N}#_/-])\(?(?:\+|0)[\d\s().\/-]{7,}\d/gu;
const MIN_DIGITS = 9;
const MAX_DIGITS = 15;

/** "+31" and "612345678" → "+31 6 ** ** ** 78": the country code, the first and the last two digits. */
function maskNumber(countryCode: string, national: string): string {
  const groups = Math.max(1, Math.ceil((national.length - 3) / 2));
  return `+${countryCode} ${national.slice(0, 1)} ${Array(groups).fill("**").join(" ")} ${national.slice(-2)}`;
}

/** Digits nobody could parse as a number: keep only the last two. */
function maskDigits(digits: string): string {
  const groups = Math.max(1, Math.ceil((digits.length - 2) / 2));
  return `${Array(groups).fill("**").join(" ")} ${digits.slice(-2)}`;
}

function maskPhones(candidate: string): string {
  const digits = candidate.replace(/\D/g, "");
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS * 2) return candidate;
  const found = findPhoneNumbersInText(candidate, "NL");
  // Nothing libphonenumber recognises (a foreign number written nationally, a made-up one): still
  // someone's digits, so hide them rather than guess.
  if (found.length === 0) return digits.length <= MAX_DIGITS ? maskDigits(digits) : candidate;
  let masked = "";
  let at = 0;
  for (const { number, startsAt, endsAt } of found) {
    masked += candidate.slice(at, startsAt) + maskNumber(number.countryCallingCode, number.nationalNumber);
    at = endsAt;
  }
  return masked + candidate.slice(at);
}

/** Masks every email address and phone number in a text; the rest stays as written. */
export function maskFreeText(text: string): string {
  const withoutEmails = text.includes("@") ? text.replace(EMAIL, (email) => maskEmail(email)) : text;
  return withoutEmails.replace(PHONE_LIKE, maskPhones);
}

/** maskFreeText for a value that may be absent. */
export function maskOptionalText<T extends string | null | undefined>(text: T): T {
  return (typeof text === "string" ? maskFreeText(text) : text) as T;
}
