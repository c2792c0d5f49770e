import type { IdentifierKind } from "@/lib/search/search-identifiers";

export type MatchKind = IdentifierKind | "name" | "similar_name";

// How a hit was found, in the desk's words ("Boekingsnummer GV-0A3FZ-01"): the identifier kinds
// keep their one label in `labels.identityType`; the rest are the search's own.
const KEYS = {
  name: "search.match.name",
  similar_name: "search.match.similar_name",
  order_number: "search.match.order_number",
  email: "labels.identityType.email",
  phone: "labels.identityType.phone",
  loyalty_id: "labels.identityType.loyalty_id",
  booking_ref: "labels.identityType.booking_ref",
} as const satisfies Record<MatchKind, string>;

type MatchKey = (typeof KEYS)[MatchKind];

/** The label of a match kind, with a translator over all messages (`useTranslations()`). */
export function matchLabel(t: (key: MatchKey) => string, kind: MatchKind): string {
  return t(KEYS[kind]);
}
