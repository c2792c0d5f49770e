import {
  foldForSearch,
  normalizeCode,
  normalizeEmail,
  normalizePhone,
} from "@/lib/validation/normalize-identifier";

// What the desk typed decides where we look, so each kind of input goes straight to the index that
// answers it: an address with "@" is an email, anything with a digit is a phone number, order
// number, booking reference or loyalty number (all unique lookups), and letters alone are a name.

/** One letter matches everyone; two already narrow a name down to a first screen of results. */
export const MIN_NAME_LENGTH = 2;

export type SearchPlan =
  | { kind: "email"; email: string }
  | {
      kind: "identifier";
      /** E.164, when the input can be a phone number. */
      phone: string | null;
      /** Upper-cased without spaces: how booking references and loyalty numbers are stored. */
      code: string;
      /** The input as typed (trimmed), for references a source stored in lower case. */
      raw: string;
    }
  | { kind: "name"; folded: string }
  /** Nothing to look up: half an email address, a single letter, only punctuation. */
  | { kind: "none"; reason: "incomplete_email" | "too_short" };

const hasDigit = /\d/;
const hasLetter = /\p{L}/u;

export function classifySearch(input: string): SearchPlan {
  const raw = input.trim();
  if (raw.includes("@")) {
    const email = normalizeEmail(raw);
    return email ? { kind: "email", email } : { kind: "none", reason: "incomplete_email" };
  }
  if (hasDigit.test(raw)) {
    // "#10023456" and "order 10023456" are how order numbers get typed; the number is what counts.
    const code = normalizeCode(raw.replace(/^(?:order|bestelling)\s*/i, "").replace(/^#/, "")) ?? "";
    return {
      kind: "identifier",
      phone: hasLetter.test(raw) ? null : normalizePhone(raw),
      code,
      raw,
    };
  }
  const folded = foldForSearch(raw)
    .replace(/[^\p{L}\s'-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if ([...folded.replace(/[\s'-]/g, "")].length < MIN_NAME_LENGTH)
    return { kind: "none", reason: "too_short" };
  return { kind: "name", folded };
}
