import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { IdentityType } from "@/lib/generated/prisma/enums";
import { foldForSearch, normalizeCode, normalizeEmail, normalizePhone } from "@/lib/identity/normalize";

// What the desk types decides where we look: an address with "@" is an email, digits without letters
// can be a phone number, anything with a digit may be a loyalty number or booking reference, and
// anything with letters is a name. Each condition is answered by its own index; the caller unions them.

const hasLetter = /\p{L}/u;
const hasDigit = /\d/;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Below this many letters a trigram search matches half the customers slowly; we ask for more. */
export const MIN_NAME_SEARCH_LENGTH = 3;

/** A condition on "Customer" and how well a row meeting it matches, from 0 to 1. */
export type CustomerMatch = { condition: Prisma.Sql; score: Prisma.Sql };

function identityMatch(pairs: [IdentityType, string][]): CustomerMatch {
  const rows = pairs.map(([type, value]) => Prisma.sql`(${type}::"IdentityType", ${value})`);
  return {
    condition: Prisma.sql`id IN (SELECT "customerId" FROM "Identity" WHERE ("type", "normalizedValue") IN (${Prisma.join(rows)}))`,
    score: Prisma.sql`1::float8`,
  };
}

function nameMatch(query: string): CustomerMatch | null {
  const folded = foldForSearch(query);
  if (folded.length < MIN_NAME_SEARCH_LENGTH) return null;
  const pattern = `%${escapeLike(folded)}%`;
  return {
    condition: Prisma.sql`("searchName" % ${folded} OR "searchName" ILIKE ${pattern})`,
    // word_similarity rewards a complete word ("jans" in "anna jansen"); similarity the whole name.
    // Rounded so the score in a page cursor compares equal when the next page recomputes it.
    score: Prisma.sql`round(GREATEST(similarity("searchName", ${folded}), word_similarity(${folded}, "searchName"))::numeric, 4)::float8`,
  };
}

export function isTooShortForNameSearch(query: string): boolean {
  return (
    hasLetter.test(query) && !query.includes("@") && foldForSearch(query).length < MIN_NAME_SEARCH_LENGTH
  );
}

/**
 * Conditions on "Customer", each served by one index, that together find the customers matching
 * `query`, each with its match score. Empty when the query cannot match anyone (half an email
 * address, a single letter).
 */
export function customerMatches(query: string): CustomerMatch[] {
  if (query.includes("@")) {
    const email = normalizeEmail(query);
    return email ? [identityMatch([["email", email]])] : [];
  }

  const parts: CustomerMatch[] = [];
  const identities: [IdentityType, string][] = [];
  if (hasDigit.test(query)) {
    const code = normalizeCode(query);
    if (code) identities.push(["loyalty_id", code], ["booking_ref", code]);
    const phone = hasLetter.test(query) ? null : normalizePhone(query);
    if (phone) identities.push(["phone", phone]);
  }
  if (identities.length > 0) parts.push(identityMatch(identities));
  if (hasLetter.test(query)) {
    const names = nameMatch(query);
    if (names) parts.push(names);
  }
  return parts;
}
