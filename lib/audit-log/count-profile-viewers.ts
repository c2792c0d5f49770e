import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";

/** Distinct colleagues (not the actor) who opened this profile in the last 30 days; managers only. */
export async function countProfileViewers(actor: Actor, customerId: string): Promise<number | null> {
  if (!can(actor.role, "audit.view")) return null;
  const since = new Date(Date.now() - 30 * 86_400_000);
  const rows = await db.auditEntry.groupBy({
    by: ["actorId"],
    where: { customerId, action: "customer.view", occurredAt: { gte: since }, actorId: { not: actor.id } },
  });
  return rows.length;
}
