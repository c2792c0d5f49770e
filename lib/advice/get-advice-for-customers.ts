import "server-only";
import { readRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { PREPARED } from "@/lib/db/prepared-statements";
import type { AnchorMoment } from "./advice-copy";
import { refreshAssociationsIfStale } from "./refresh-if-stale";
import { MIN_LIFT, MIN_PAIR_COUNT, suggestAdvice, type Advice, type Association } from "./suggest-advice";

export type { Advice } from "./suggest-advice";
export type { AnchorMoment } from "./advice-copy";

export type AdviceRequest = {
  customerId: string;
  /** Categories of the purchase at hand: the order collected today, or the latest order. */
  anchorCategories: string[];
  /** Category → product name from that purchase ("desk lamps" → "Architect desk lamp, black"). */
  anchorProducts: Record<string, string>;
  /** Defaults to collecting today, as on the pickups board. */
  moment?: AnchorMoment;
};

type Bought = { customerId: string; category: string };

/** Enough candidates per anchor that excluding what the customer owns still leaves advice. */
const CANDIDATES_PER_ANCHOR = 50;

/**
 * Relevant advice for many customers in one statement, whatever their number: the categories each
 * customer ever bought (Order by customerId, not cancelled) and the strongest associations of every
 * anchor category (CategoryAssociation by antecedent, lift desc). Ranking and exclusions are in
 * suggestAdvice. Callers pass customers they have already scoped to the actor (pickups board,
 * greeting card); the answer has an entry, possibly empty, for each customerId.
 */
export async function getAdviceForCustomers(entries: AdviceRequest[]): Promise<Map<string, Advice[]>> {
  const result = new Map<string, Advice[]>(entries.map((entry) => [entry.customerId, []]));
  const anchors = [...new Set(entries.flatMap((entry) => entry.anchorCategories))];
  if (anchors.length === 0) return result;
  refreshAssociationsIfStale();

  const customerIds = [...new Set(entries.map((entry) => entry.customerId))];
  const [row] = await readRows<{ bought: Bought[]; associations: Association[] }>(Prisma.sql`${PREPARED}
    SELECT
      (SELECT COALESCE(json_agg(b), '[]'::json) FROM (
        -- Per customer, so each walks its own orders by index (never a parallel scan).
        SELECT c.id AS "customerId", b.category
        FROM unnest(${customerIds}::uuid[]) AS c(id)
        CROSS JOIN LATERAL (
          SELECT DISTINCT l.category
          FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o.id
          WHERE o."customerId" = c.id AND o.status <> 'cancelled'
        ) b) b) AS bought,
      (SELECT COALESCE(json_agg(a), '[]'::json) FROM (
        SELECT a.antecedent, a.consequent, a."pairCount", a.confidence, a.lift
        FROM unnest(${anchors}::text[]) AS anchor(category)
        CROSS JOIN LATERAL (
          SELECT * FROM "CategoryAssociation" c
          WHERE c.antecedent = anchor.category AND c.lift >= ${MIN_LIFT} AND c."pairCount" >= ${MIN_PAIR_COUNT}
          ORDER BY c.lift DESC
          LIMIT ${CANDIDATES_PER_ANCHOR}
        ) a) a) AS associations`);
  const bought = row?.bought ?? [];
  const associations = row?.associations ?? [];

  const boughtBy = new Map<string, string[]>();
  for (const row of bought)
    boughtBy.set(row.customerId, [...(boughtBy.get(row.customerId) ?? []), row.category]);
  for (const entry of entries) {
    result.set(
      entry.customerId,
      suggestAdvice({
        anchorCategories: entry.anchorCategories,
        anchorProducts: entry.anchorProducts,
        moment: entry.moment ?? { kind: "collecting_today" },
        boughtCategories: boughtBy.get(entry.customerId) ?? [],
        associations,
      }),
    );
  }
  return result;
}
