import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { customerVisibleTo } from "@/lib/auth/customer-scope";
import { runStatement } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { uuidV7 } from "@/lib/db/uuid-v7";
import { PREPARED } from "@/lib/db/prepared-statements";

/**
 * One look at a profile is one "customer.view" entry, however often the page is reloaded or its
 * journey refiltered while the person keeps looking: within this many seconds of the staff member's
 * last recorded view of the customer, another one is not written. A reload a minute later is a new
 * look and is recorded.
 */
export const PROFILE_VIEW_WINDOW_SECONDS = 60;

export type ProfileViewInput = {
  actor: Actor;
  customerId: string;
  /** "timeline": the first journey page read through the API rather than the profile page. */
  reason?: "timeline";
};

/**
 * Records that a person opened a customer's profile: called by the page as it renders for a
 * navigation (never for a prefetch, see app/(staff)/customers/[id]/page.tsx) and by the timeline
 * API for a first page. One statement: the insert happens only when the customer is visible to the
 * actor and no view of theirs is on record within the window (index on customerId, occurredAt).
 * Two requests racing within milliseconds may both write; the window is about reloads, not locks.
 * Returns whether an entry was written.
 */
export async function recordProfileView({ actor, customerId, reason }: ProfileViewInput): Promise<boolean> {
  const now = new Date();
  const since = new Date(now.getTime() - PROFILE_VIEW_WINDOW_SECONDS * 1000);
  const written = await runStatement(
    Prisma.sql`${PREPARED}
      INSERT INTO "AuditEntry" (id, "occurredAt", "actorId", "actorEmail", action, "customerId", ip, "userAgent", reason)
      SELECT ${uuidV7(now.getTime())}::uuid, ${now.toISOString()}::timestamp, ${actor.id}::uuid, ${actor.email},
        'customer.view', c.id, ${actor.ip}, ${actor.userAgent?.slice(0, 500) ?? null}, ${reason ?? null}
      FROM "Customer" c
      WHERE c.id = ${customerId}::uuid AND ${customerVisibleTo(actor, Prisma.sql`c.id`)}
        AND NOT EXISTS (
          SELECT 1 FROM "AuditEntry" a
          WHERE a."customerId" = c.id AND a."occurredAt" > ${since.toISOString()}::timestamp
            AND a."actorId" = ${actor.id}::uuid AND a.action = 'customer.view')`,
  );
  return written > 0;
}
