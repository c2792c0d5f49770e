import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { customerScopeWhere } from "@/lib/customers/customer-scope";
import { db } from "@/lib/db";
import { customerId as uuid } from "@/lib/validation/customers";
import type { TimelineLocation } from "./timeline-types";

/**
 * The locations a customer's timeline can be filtered by: where they have had activity
 * (CustomerLocation), so the list stays short and every choice can match something.
 */
export async function listTimelineLocations(actor: Actor, customerId: string): Promise<TimelineLocation[]> {
  assertCan(actor, "customer.view");
  const id = uuid.safeParse(customerId);
  if (!id.success) return [];
  const rows = await db.customerLocation.findMany({
    where: { customerId: id.data, customer: customerScopeWhere(actor) },
    select: { location: { select: { id: true, name: true } } },
    orderBy: { location: { name: "asc" } },
  });
  return rows.map((row) => row.location);
}
