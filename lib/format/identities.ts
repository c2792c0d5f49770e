import { parsePhoneNumberFromString } from "libphonenumber-js";
import type { IdentityType } from "@/lib/generated/prisma/enums";

const HOME_COUNTRY = "NL";

/** "+31612345678" → "06 12345678" at a Dutch desk; foreign numbers keep their country code. */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === HOME_COUNTRY ? parsed.formatNational() : parsed.formatInternational();
}

/** How an identity reads best: emails folded to lower case, phones formatted, ids as the source sent them. */
export function formatIdentityValue(identity: {
  type: IdentityType;
  rawValue: string;
  normalizedValue: string;
}): string {
  switch (identity.type) {
    case "email":
      return identity.normalizedValue;
    case "phone":
      return formatPhone(identity.normalizedValue);
    default:
      return identity.rawValue.trim() || identity.normalizedValue;
  }
}
