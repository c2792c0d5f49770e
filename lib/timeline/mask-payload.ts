import { maskIdentifier } from "@/lib/privacy/mask";
import { maskFreeText } from "@/lib/privacy/mask-text";

// A payload is whatever a source system sent, so personal data can sit anywhere in it. For roles
// without personal-data access, mask values under personal keys and anything shaped like an email
// address or phone number, wherever it appears.

const PERSONAL_KEY =
  /(e-?mail|phone|mobile|^tel$|address|street|postal|zip|birth|iban|passport|first_?name|last_?name|full_?name)/i;

export function maskPayload(value: unknown, key = ""): unknown {
  if (typeof value === "string")
    return PERSONAL_KEY.test(key) ? maskIdentifier(key, value) : maskFreeText(value);
  if (typeof value === "number" && PERSONAL_KEY.test(key)) return "***";
  if (Array.isArray(value)) return value.map((item) => maskPayload(item, key));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, maskPayload(item, k)]));
  return value;
}
