import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { AuditAction } from "@/lib/audit/audit-actions";
import { forgetContactBadges } from "@/lib/contact-pressure/contact-badge-cache";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Channel, EventType } from "@/lib/generated/prisma/enums";
import { upsertCustomerLocations } from "@/lib/ingest/upsert-customer-locations";
import { GASTVRIJ_SOURCE } from "./gastvrij-source";

// What a desk action (a check-in, a hand-over) does beyond changing its booking or order: the
// event joins the journey, the customer was seen here now, the audit log says who did it, and the
// board badges judged before it are dropped once it is committed.

type Tx = Prisma.TransactionClient;

export interface DeskEvent {
  customerId: string;
  locationId: string;
  type: EventType;
  channel: Channel;
  /** Makes a retry harmless: one event per booking or order and kind of action. */
  sourceEventId: string;
  summary: string;
  payload: Prisma.InputJsonObject;
  audit: { action: AuditAction; details: Prisma.InputJsonObject };
}

export async function recordDeskEvent(tx: Tx, actor: Actor, event: DeskEvent, now: Date): Promise<void> {
  await tx.journeyEvent.createMany({
    data: {
      customerId: event.customerId,
      type: event.type,
      channel: event.channel,
      direction: "inbound",
      occurredAt: now,
      locationId: event.locationId,
      source: GASTVRIJ_SOURCE,
      sourceEventId: event.sourceEventId,
      summary: event.summary,
      payload: event.payload,
      createdById: actor.id,
    },
    skipDuplicates: true,
  });
  await tx.customer.updateMany({
    where: { id: event.customerId, OR: [{ lastSeenAt: null }, { lastSeenAt: { lt: now } }] },
    data: { lastSeenAt: now },
  });
  await upsertCustomerLocations(tx, [
    { customerId: event.customerId, locationId: event.locationId, at: now },
  ]);
  await recordAudit(
    { action: event.audit.action, actor, customerId: event.customerId, details: event.audit.details },
    tx,
  );
}

/**
 * Runs a desk action in one transaction. `work` returns its answer and the customer whose badges it
 * changed (null when it changed nothing), so a board shows fresh badges after the commit.
 */
export async function runDeskAction<T>(
  work: (tx: Tx) => Promise<{ result: T; touchedCustomerId: string | null }>,
): Promise<T> {
  const { result, touchedCustomerId } = await db.$transaction(work);
  if (touchedCustomerId) forgetContactBadges([touchedCustomerId]);
  return result;
}
