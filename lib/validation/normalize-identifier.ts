import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import type { MessageRef } from "@/lib/errors";
import { messageRef } from "@/lib/i18n/message-ref";

// Shared by ingestion, search and the seed, so a value typed at the desk finds what a source sent.
// Pure: no server-only import, so the seed and tests can use it too.

export type IdentifierKind = "email" | "phone" | "loyalty_id" | "external_user_id" | "web_id" | "booking_ref";

const DEFAULT_REGION = "NL";

export function normalizeEmail(raw: string): string | null {
  const value = raw.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? value : null;
}

/** E.164 ("+31612345678"), or null when the input is not a possible phone number. */
export function normalizePhone(raw: string, region = DEFAULT_REGION): string | null {
  const trimmed = raw.trim();
  if (!/\d/.test(trimmed)) return null;
  const international = trimmed.startsWith("00") ? `+${trimmed.slice(2)}` : trimmed;
  const parsed = parsePhoneNumberFromString(international, region as "NL");
  if (!parsed?.isPossible()) return null;
  // Some impossible-in-practice inputs ("+49 000 000") come out differently when their own E.164 is
  // parsed again; refusing those keeps normalization idempotent, so stored values match lookups.
  const again = parsePhoneNumberFromString(parsed.number);
  return again?.isPossible() && again.number === parsed.number ? parsed.number : null;
}

/** Case and whitespace folded; used for ids where "AB 12" and "ab12" mean the same thing. */
export function normalizeCode(raw: string): string | null {
  const value = raw.replace(/\s+/g, "").toUpperCase();
  return value.length > 0 ? value : null;
}

export function normalizeIdentifier(kind: IdentifierKind, raw: string): string | null {
  switch (kind) {
    case "email":
      return normalizeEmail(raw);
    case "phone":
      return normalizePhone(raw);
    case "web_id":
    case "external_user_id": {
      const value = raw.trim();
      return value.length > 0 ? value : null;
    }
    case "loyalty_id":
    case "booking_ref":
      return normalizeCode(raw);
  }
}

/** Lower-cased and accent-folded, for trigram search on names ("Özil" finds "ozil"). */
export function foldForSearch(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .join(" ")
    .normalize("NFKD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Matching order: the first identifier of an event that belongs to a customer decides who it is. */
export const IDENTIFIER_PRIORITY: readonly IdentifierKind[] = [
  "external_user_id",
  "loyalty_id",
  "email",
  "phone",
  "booking_ref",
  "web_id",
];

/** Strong identifiers name one person, so two customers sharing one are merged automatically. */
export function isStrongIdentifier(kind: IdentifierKind): boolean {
  return kind === "external_user_id" || kind === "loyalty_id" || kind === "email";
}

// Values that source systems send when they have nothing; matching on them would fuse strangers.
const PLACEHOLDER_VALUES = new Set([
  "null",
  "undefined",
  "none",
  "nil",
  "nan",
  "n/a",
  "na",
  "unknown",
  "anonymous",
  "anon",
  "guest",
  "test",
  "default",
  "user",
  "[object object]",
  "{}",
  "[]",
  "-1",
  "x",
  "xx",
  "xxx",
]);
const PLACEHOLDER_EMAIL_LOCALS = new Set([
  "test",
  "null",
  "none",
  "noreply",
  "no-reply",
  "unknown",
  "anonymous",
  "nobody",
  "example",
]);
// Fake domains people type into forms. RFC 2606's example.com is not here: generated demo data and
// benchmarks use it, and a source that sends it sends it on purpose.
const PLACEHOLDER_EMAIL_DOMAINS = new Set(["test.com", "test.test", "invalid", "localhost"]);

export function isPlaceholderIdentifier(kind: IdentifierKind, value: string): boolean {
  const folded = value.trim().toLowerCase();
  if (folded === "" || PLACEHOLDER_VALUES.has(folded)) return true;
  if (/^[0\W_]+$/.test(folded)) return true; // "0", "000-000", "-", "+0000000000"
  if (kind === "email") {
    const [local = "", domain = ""] = folded.split("@");
    return (
      PLACEHOLDER_EMAIL_LOCALS.has(local) ||
      PLACEHOLDER_EMAIL_DOMAINS.has(domain) ||
      PLACEHOLDER_VALUES.has(local)
    );
  }
  if (kind === "phone") {
    const digits = folded.replace(/\D/g, "");
    // "+31 6 00000000", "1111111111", "0612345678": the national part is one repeated digit or a counting run.
    const national = digits.slice(-8);
    return /^(\d)\1+$/.test(national) || national === "12345678" || digits.endsWith("123456789");
  }
  return false;
}

export type UsableIdentifier = { ok: true; value: string } | { ok: false; problem: MessageRef };

/** The normalized value to match on, or why the raw value can't be used (malformed or placeholder). */
export function usableIdentifier(kind: IdentifierKind, raw: string): UsableIdentifier {
  const placeholder = {
    ok: false,
    problem: messageRef("validation.identifiers.placeholder", { value: raw.slice(0, 40) }),
  } as const;
  if (isPlaceholderIdentifier(kind, raw)) return placeholder;
  const value = normalizeIdentifier(kind, raw);
  if (value === null) {
    const values = { value: raw.slice(0, 40), kind: kind.replace(/_/g, " ") };
    return { ok: false, problem: messageRef("validation.identifiers.notValid", values) };
  }
  if (isPlaceholderIdentifier(kind, value)) return placeholder;
  return { ok: true, value };
}
