import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FactKind } from "@/lib/generated/prisma/enums";
import type { ComplaintBadge, CustomerBadges, PreferenceBadge } from "./board-types";
import type { ContactBadge } from "@/lib/contact-pressure/contact-badge";
import { loadContactBadges } from "./load-contact-badges";

// The context badges of a whole board. The shared kinds are columns of the board's own statement,
// each a lookup through a partial index on customerId holding only what the badge counts (open
// complaints, preference facts; arrivals count stays that happened the same way), so a board of 600
// arrivals is still one round trip and one plan: measured at 1M customers, that beat one statement
// per badge kind by about a third under load. The contact badges come from the contact-policy engine
// in one batched call.

/** Facts that change how a guest or shopper is served; "heard via" and the like belong on the card. */
const PREFERENCE_KINDS: FactKind[] = ["preference", "dietary", "accessibility"];
/**
 * Written into the statement, not bound: the partial indexes behind the badges
 * (migration board_badge_indexes) are only chosen when the planner sees their very condition.
 */
const PREFERENCE_KINDS_SQL = Prisma.raw(PREFERENCE_KINDS.map((kind) => `'${kind}'`).join(", "));
/** A board row has room for a few; the card shows them all. */
const PREFERENCES_PER_CUSTOMER = 3;

/**
 * Columns "openComplaints" and "preferences" (JSON arrays) for the customer in `customerId`, to
 * select next to each board row.
 */
export function badgeColumns(customerId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    (SELECT json_agg(json_build_object('reference', s.reference, 'reason', s.reason, 'openedAt', s."openedAt")
                     ORDER BY s."openedAt" DESC, s.id)
     FROM "ServiceCase" s
     WHERE s."customerId" = ${customerId} AND s.status IN ('open', 'pending') AND s.kind = 'complaint'
    ) AS "openComplaints",
    (SELECT json_agg(json_build_object('kind', f.kind, 'label', f.label, 'value', f.value))
     FROM (SELECT kind, label, value FROM "CustomerFact"
           WHERE "customerId" = ${customerId} AND kind IN (${PREFERENCE_KINDS_SQL})
           ORDER BY "recordedAt" DESC, id DESC LIMIT 10) f
    ) AS preferences`;
}

/** What a board row carries for its badges: its own count of earlier visits and the badge columns. */
export interface BadgeRecord {
  customerId: string;
  previousVisits: number;
  openComplaints: { reference: string; reason: string; openedAt: string }[] | null;
  preferences: PreferenceBadge[] | null;
}

/** json_build_object renders a timestamp without time zone as local text; ours are UTC. */
const utc = (timestamp: string) =>
  new Date(/[zZ]|[+-]\d\d:\d\d$/.test(timestamp) ? timestamp : `${timestamp}Z`);

function toBadges(record: BadgeRecord): CustomerBadges {
  const openComplaints: ComplaintBadge[] = (record.openComplaints ?? []).map((complaint) => ({
    reference: complaint.reference,
    reason: complaint.reason,
    openedAt: utc(complaint.openedAt).toISOString(),
  }));
  // Newest first; a later fact with the same label replaces an older one ("high floor" after "quiet side").
  const preferences: PreferenceBadge[] = [];
  for (const fact of record.preferences ?? []) {
    if (preferences.length === PREFERENCES_PER_CUSTOMER) break;
    if (!preferences.some((known) => known.label === fact.label)) preferences.push(fact);
  }
  return { previousVisits: record.previousVisits, openComplaints, preferences };
}

export interface BoardBadges {
  badges: (record: BadgeRecord) => CustomerBadges;
  contactBadges: (customerId: string) => ContactBadge[];
}

/** The badges of every row of a board: the shared kinds from the rows, the contact badges in one call. */
export async function loadBoardBadges(records: BadgeRecord[]): Promise<BoardBadges> {
  const customerIds = [...new Set(records.map((record) => record.customerId))];
  const contact =
    customerIds.length > 0 ? await loadContactBadges(customerIds) : new Map<string, ContactBadge[]>();
  return { badges: toBadges, contactBadges: (customerId) => contact.get(customerId) ?? [] };
}
