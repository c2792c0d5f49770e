import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { customerVisibleTo } from "@/lib/auth/customer-scope";
import { readRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { PREPARED } from "@/lib/db/prepared-statements";
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
  return readRows<TimelineLocation>(Prisma.sql`${PREPARED}
    SELECT l.id, l.name FROM "CustomerLocation" c JOIN "Location" l ON l.id = c."locationId"
    WHERE c."customerId" = ${id.data}::uuid AND ${customerVisibleTo(actor, Prisma.sql`c."customerId"`)}
    ORDER BY l.name, l.id`);
}
