import "server-only";
import { can } from "@/lib/auth/permissions";
import { maskDeep } from "@/lib/privacy/mask-deep";
import { uuidV7 } from "@/lib/db/uuid-v7";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { AuditAction } from "@/lib/audit/audit-actions";
import { recordAudit } from "@/lib/audit/record-audit";
import { customerVisibleTo } from "@/lib/auth/customer-scope";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { upsertCustomerLocations } from "@/lib/ingest/upsert-customer-locations";
import type { TimelineEntry } from "@/lib/timeline/timeline-types";
import { customerId as uuid } from "@/lib/validation/customers";
import { JOURNAL_EVENT_TYPES, journalEntrySchema, type JournalEntry } from "@/lib/validation/journal";
import { parseInput } from "@/lib/validation/parse";
import { findDuplicateEntry, writeJournalDetails } from "./write-journal-details";
import { resolveJournalLocation } from "./resolve-journal-location";
import { journalSummaries } from "./journal-labels";
import { forgetContactBadges } from "@/lib/contact-pressure/contact-badge-cache";

/** Entries made in Gastvrij itself; (source, sourceEventId) is unique, like every source system's. */
export const JOURNAL_SOURCE = "gastvrij";

const AUDIT: Record<JournalEntry["kind"], AuditAction> = {
  note: "customer.note",
  outcome: "customer.outcome",
  fact: "customer.fact",
  marketing_opt_out: "customer.consent",
};

function describe(entry: JournalEntry): { summary: string; payload: Record<string, unknown> } {
  switch (entry.kind) {
    case "note":
      return { summary: journalSummaries.note(entry.text), payload: { note: entry.text } };
    case "outcome":
      return {
        summary: journalSummaries.outcome(entry.outcome, entry.comment),
        payload: { outcome: entry.outcome, ...(entry.comment ? { comment: entry.comment } : {}) },
      };
    case "fact":
      return {
        summary: journalSummaries.fact(entry.label, entry.value),
        payload: { fact: { kind: entry.factKind, label: entry.label, value: entry.value } },
      };
    case "marketing_opt_out":
      return {
        summary: journalSummaries.marketingOptOut(),
        payload: entry.comment ? { comment: entry.comment } : {},
      };
  }
}

export type JournalResult = { entry: TimelineEntry; isDuplicate: boolean };

/**
 * Records what staff logged from the card, in one transaction: the timeline event (source
 * "gastvrij", the browser's clientId as sourceEventId, so a double submit stores it once), the fact or
 * consent rows it implies, the customer's activity at the location, and the audit entry.
 */
export async function recordJournalEntry(
  actor: Actor,
  customerId: string,
  input: unknown,
): Promise<JournalResult> {
  assertCan(actor, "customer.addNote");
  const id = uuid.safeParse(customerId);
  if (!id.success) throw new NotFoundError("No such customer.");
  const entry = parseInput(journalEntrySchema, input);
  const location = await resolveJournalLocation(actor, entry.locationId);
  const { summary, payload } = describe(entry);
  const eventId = uuidV7();
  const occurredAt = new Date();

  const result = await db.$transaction(async (tx): Promise<JournalResult> => {
    const visible = await tx.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM "Customer" c
      WHERE c.id = ${id.data}::uuid AND ${customerVisibleTo(actor, Prisma.sql`c.id`)}`;
    if (visible.length === 0) throw new NotFoundError("No such customer.");

    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "JourneyEvent" (id, "customerId", type, channel, direction, "occurredAt", "locationId", source,
        "sourceEventId", summary, payload, "createdById", "createdAt")
      VALUES (${eventId}::uuid, ${id.data}::uuid, ${JOURNAL_EVENT_TYPES[entry.kind]}::"EventType", ${entry.channel}::"Channel",
        'inbound', ${occurredAt.toISOString()}::timestamp, ${location.id}::uuid, ${JOURNAL_SOURCE}, ${entry.clientId},
        ${summary}, ${JSON.stringify(payload)}::jsonb, ${actor.id}::uuid, timezone('UTC', now()))
      ON CONFLICT (source, "sourceEventId") DO NOTHING
      RETURNING id`;
    if (inserted.length === 0) {
      const existing = await findDuplicateEntry(tx, JOURNAL_SOURCE, entry.clientId);
      if (!existing || existing.customerId !== id.data || existing.createdById !== actor.id)
        throw new ValidationError("clientId: already used for another entry", [
          { path: "clientId", message: "already used for another entry" },
        ]);
      return { entry: existing.entry, isDuplicate: true };
    }

    const details = await writeJournalDetails(tx, {
      entry,
      customerId: id.data,
      eventId,
      locationId: location.id,
      actorId: actor.id,
      occurredAt,
    });
    await upsertCustomerLocations(tx, [{ customerId: id.data, locationId: location.id, at: occurredAt }]);
    await recordAudit(
      {
        action: AUDIT[entry.kind],
        actor,
        customerId: id.data,
        details: { eventId, kind: entry.kind, locationId: location.id, ...details },
      },
      tx,
    );
    return {
      isDuplicate: false,
      entry: {
        id: eventId,
        type: JOURNAL_EVENT_TYPES[entry.kind],
        name: null,
        channel: entry.channel,
        direction: "inbound",
        occurredAt: occurredAt.toISOString(),
        summary,
        reason: null,
        locationId: location.id,
        locationName: location.name,
        source: JOURNAL_SOURCE,
        sourceEventId: entry.clientId,
        withinPolicy: null,
        authorName: actor.name,
      },
    };
  });
  // A consent change or outcome may change the customer's board badges.
  if (!result.isDuplicate) forgetContactBadges([id.data]);
  // The entry comes back as the timeline will show it: masked for roles without personal-data access.
  return can(actor.role, "customer.viewPersonalData") ? result : { ...result, entry: maskDeep(result.entry) };
}
