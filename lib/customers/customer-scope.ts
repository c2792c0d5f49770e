import "server-only";
import { locationScope, type Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";

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
