import "server-only";
import { locationScope, type Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/auth/errors";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Customers the actor may see: admins all, others those with activity at their locations. */
export function customerScopeWhere(actor: Actor): Prisma.CustomerWhereInput {
  const locations = locationScope(actor);
  return locations === null ? {} : { locations: { some: { locationId: { in: locations } } } };
}

/** Out-of-scope customers answer 404, so their existence is never revealed. */
export async function assertCustomersInScope(actor: Actor, ids: string[]): Promise<void> {
  const found = await db.customer.count({ where: { AND: [{ id: { in: ids } }, customerScopeWhere(actor)] } });
  if (found !== new Set(ids).size) throw new NotFoundError("No such customer.");
}
