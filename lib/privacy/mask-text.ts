import "server-only";
import { findPhoneRanges } from "./find-phone-numbers";
import { maskEmail } from "./mask";
import { normalizeForMatching } from "./normalize-for-matching";

// Free text (notes, summaries, facts, case reasons, source ids, payload values) can hold anything
// staff or a source system typed, so for roles without personal-data access every email address and
// phone number in it is masked the way identities are. Matching runs on the normalised text
// (normalize-for-matching.ts): a text with something masked comes back in that form, any other text
// exactly as written. Runs on the server, like the rest of the masking.

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** Fewer digits than this can't be a phone number anywhere (the shortest are 7), so no parsing. */
const MIN_PHONE_DIGITS = 7;

function countDigits(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits += 1;
  }
  return digits;
}

function maskPhones(text: string): string {
  if (countDigits(text) < MIN_PHONE_DIGITS) return text;
  const ranges = findPhoneRanges(text);
  if (ranges.length === 0) return text;
  let masked = "";
  let at = 0;
  for (const { start, end, masked: replacement } of ranges) {
    masked += text.slice(at, start) + replacement;
    at = end;
  }
  return masked + text.slice(at);
}

/** Masks every email address and phone number in a text; the rest stays as written. */
export function maskFreeText(text: string): string {
  const normal = normalizeForMatching(text);
  const hasAt = normal.includes("@");
  if (!hasAt && countDigits(normal) < MIN_PHONE_DIGITS) return text;
  const withoutEmails = hasAt ? normal.replace(EMAIL, (email) => maskEmail(email)) : normal;
  const masked = maskPhones(withoutEmails);
  return masked === normal ? text : masked;
}

/** maskFreeText for a value that may be absent. */
export function maskOptionalText<T extends string | null | undefined>(text: T): T {
  return (typeof text === "string" ? maskFreeText(text) : text) as T;
}
