import { parsePhoneNumberFromString } from "libphonenumber-js/max";

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
  return parsed?.isPossible() ? parsed.number : null;
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
