import { maskEmail, maskIdentifier, maskPhone } from "@/lib/privacy/mask";

// A payload is whatever a source system sent, so personal data can sit anywhere in it. For roles
// without personal-data access, mask values under personal keys and anything shaped like an email
// address or phone number, wherever it appears.

const PERSONAL_KEY =
  /(e-?mail|phone|mobile|^tel$|address|street|postal|zip|birth|iban|passport|first_?name|last_?name|full_?name)/i;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/g;
// Starts with + or a trunk 0 and holds 9+ digits: phone-shaped, unlike dates or order numbers.
const PHONE = /(?:\+|\b0)[\d\s().-]{7,}\d/g;

function maskString(value: string): string {
  return value
    .replace(EMAIL, (match) => maskEmail(match))
    .replace(PHONE, (match) => (match.replace(/\D/g, "").length >= 9 ? maskPhone(match) : match));
}

export function maskPayload(value: unknown, key = ""): unknown {
  if (typeof value === "string")
    return PERSONAL_KEY.test(key) ? maskIdentifier(key, value) : maskString(value);
  if (typeof value === "number" && PERSONAL_KEY.test(key)) return "***";
  if (Array.isArray(value)) return value.map((item) => maskPayload(item, key));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, maskPayload(item, k)]));
  return value;
}
