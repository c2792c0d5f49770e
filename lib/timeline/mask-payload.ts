import { maskDeep, maskString } from "@/lib/privacy/mask-deep";
import { maskIdentifier } from "@/lib/privacy/mask";

// A payload is whatever a source system sent, so personal data can sit anywhere in it: under a
// personal key, inside free text, or as a key itself ({"anne@example.org": …}). For roles without
// personal-data access, values under personal keys are masked whole, and every other key and
// string the way free text is.

const PERSONAL_KEY =
  /(e-?mail|phone|mobile|^tel$|address|street|postal|zip|birth|iban|passport|first_?name|last_?name|full_?name)/i;

const maskPayloadString = (value: string, key: string) =>
  PERSONAL_KEY.test(key) ? maskIdentifier(key, value) : maskString(value);

/** Numbers under personal keys are hidden, and a number that is a phone number (31612345678) masked. */
function hidePersonalNumbers(value: unknown, key = ""): unknown {
  if (typeof value === "number" && PERSONAL_KEY.test(key)) return "***";
  if (typeof value === "number" && Number.isInteger(value) && Math.abs(value) >= 1_000_000) {
    const masked = maskString(String(value));
    return masked === String(value) ? value : masked;
  }
  if (Array.isArray(value)) return value.map((item) => hidePersonalNumbers(item, key));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, hidePersonalNumbers(item, k)]));
  return value;
}

export function maskPayload(value: unknown): unknown {
  return maskDeep(hidePersonalNumbers(value), maskPayloadString);
}
