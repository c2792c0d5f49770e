import "server-only";
import { locationScope, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/i18n/ref-errors";

// The one rule for which customers an actor may see, in the two forms queries need: raw SQL and a
// Prisma where clause. Admins see everyone; others the customers with activity at their locations.

/**
 * SQL condition on a "Customer" row alias: true when the actor may see the customer, i.e. the
 * customer has activity at one of the actor's locations (CustomerLocation). Admins see everyone.
 */
export function customerVisibleTo(actor: Actor, customerIdColumn: Prisma.Sql): Prisma.Sql {
  const scope = locationScope(actor);
  if (scope === null) return Prisma.sql`true`;
  if (scope.length === 0) return Prisma.sql`false`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "CustomerLocation" cl WHERE cl."customerId" = ${customerIdColumn} AND cl."locationId" = ANY(${scope}::uuid[]))`;
}

/**
 * The same condition, checked row by row (a correlated subplan) rather than planned as a semi-join.
 * For statements made of several small index probes (the customer search), where planning a
 * semi-join for each probe costs more than running all of them.
 */
export function customerVisibleToEachRow(actor: Actor, customerIdColumn: Prisma.Sql): Prisma.Sql {
  const scope = locationScope(actor);
  if (scope === null) return Prisma.sql`true`;
  if (scope.length === 0) return Prisma.sql`false`;
  return Prisma.sql`(SELECT true FROM "CustomerLocation" cl WHERE cl."customerId" = ${customerIdColumn} AND cl."locationId" = ANY(${scope}::uuid[]) LIMIT 1)`;
}

/** The same rule as a Prisma where clause on Customer. */
export function customerScopeWhere(actor: Actor): Prisma.CustomerWhereInput {
  const locations = locationScope(actor);
  return locations === null ? {} : { locations: { some: { locationId: { in: locations } } } };
}

/** Out-of-scope customers answer 404, so their existence is never revealed. */
export async function assertCustomersInScope(actor: Actor, ids: string[]): Promise<void> {
  const found = await db.customer.count({ where: { AND: [{ id: { in: ids } }, customerScopeWhere(actor)] } });
  if (found !== new Set(ids).size) throw notFound("errors.notFound.customer");
}
