import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchPlan } from "./search-classify";
import { literal, NAME_HIT_COLUMNS } from "./search-names";

// Exact lookups on unique indexes: Identity ("type", "normalizedValue"), Booking.reference and
// Order.orderNumber. A customer found more than once keeps the strongest match (the lowest rank).

export type IdentifierKind = "email" | "phone" | "loyalty_id" | "booking_ref" | "order_number";

type IdentityLookup = { type: "email" | "phone" | "loyalty_id" | "booking_ref"; value: string };

function identityLookups(plan: Extract<SearchPlan, { kind: "email" | "identifier" }>): IdentityLookup[] {
  if (plan.kind === "email") return [{ type: "email", value: plan.email }];
  const lookups: IdentityLookup[] = [];
  if (plan.phone) lookups.push({ type: "phone", value: plan.phone });
  if (plan.code)
    lookups.push({ type: "booking_ref", value: plan.code }, { type: "loyalty_id", value: plan.code });
  return lookups;
}

/**
 * Customers matching an email address or an identifier, with what matched ("kind" and the value as
 * stored). Rows: NAME_HIT_COLUMNS, kind, value, normalized.
 */
export function identifierCandidates(
  plan: Extract<SearchPlan, { kind: "email" | "identifier" }>,
  visible: Prisma.Sql,
  take: number,
): Prisma.Sql | null {
  const matches: Prisma.Sql[] = [];
  const lookups = identityLookups(plan);
  if (lookups.length > 0) {
    const pairs = lookups.map(({ type, value }) => Prisma.sql`(${type}::"IdentityType", ${value})`);
    matches.push(Prisma.sql`
      SELECT "customerId", "type"::text AS kind, "rawValue" AS value, "normalizedValue" AS normalized,
        CASE "type" WHEN 'email' THEN 1 WHEN 'phone' THEN 2 WHEN 'booking_ref' THEN 3 ELSE 5 END AS rank
      FROM "Identity" WHERE ("type", "normalizedValue") IN (${Prisma.join(pairs)})`);
  }
  if (plan.kind === "identifier") {
    // Bookings and orders are looked up as typed and as normalized: sources store them either way.
    const values = [...new Set([plan.raw, plan.code].filter(Boolean))];
    matches.push(
      Prisma.sql`SELECT "customerId", 'booking_ref' AS kind, reference AS value, reference AS normalized, 3 AS rank FROM "Booking" WHERE reference IN (${Prisma.join(values)})`,
      Prisma.sql`SELECT "customerId", 'order_number' AS kind, "orderNumber" AS value, "orderNumber" AS normalized, 4 AS rank FROM "Order" WHERE "orderNumber" IN (${Prisma.join(values)})`,
    );
  }
  if (matches.length === 0) return null;
  return Prisma.sql`
    SELECT * FROM (
      SELECT DISTINCT ON (c.id) ${NAME_HIT_COLUMNS}, m.kind, m.value, m.normalized, 1.0::float8 AS score
      FROM (${Prisma.join(matches, " UNION ALL ")}) m
      JOIN "Customer" c ON c.id = m."customerId"
      WHERE ${visible}
      ORDER BY c.id, m.rank
    ) found
    ORDER BY "lastName", "firstName", id
    LIMIT ${literal(take)}`;
}
