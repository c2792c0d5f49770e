import "server-only";
import { uuidV7 } from "@/lib/db/uuid-v7";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TIMELINE_COLUMNS, toTimelineEntry, type TimelineRow } from "@/lib/timeline/timeline-row";
import type { TimelineEntry } from "@/lib/timeline/timeline-types";
import { MARKETING_CHANNELS, MARKETING_PURPOSES, type JournalEntry } from "@/lib/validation/journal";

type Tx = Prisma.TransactionClient;

interface DetailInput {
  entry: JournalEntry;
  customerId: string;
  eventId: string;
  locationId: string;
  actorId: string;
  occurredAt: Date;
}

/**
 * The rows an entry implies besides its event: a learned fact becomes a CustomerFact ("don't ask
 * again"); a marketing opt-out denies newsletters and promotions on every marketing channel (the
 * latest Consent per purpose and channel wins). Returns their ids for the audit entry.
 */
export async function writeJournalDetails(tx: Tx, input: DetailInput): Promise<Record<string, unknown>> {
  const { entry, customerId, locationId, actorId, occurredAt } = input;
  if (entry.kind === "fact") {
    const fact = await tx.customerFact.create({
      data: {
        customerId,
        kind: entry.factKind,
        label: entry.label.trim(),
        value: entry.value.trim(),
        source: "gastvrij",
        locationId,
        recordedById: actorId,
        recordedAt: occurredAt,
      },
      select: { id: true },
    });
    return { factId: fact.id };
  }
  if (entry.kind === "marketing_opt_out") {
    const rows = MARKETING_PURPOSES.flatMap((purpose) =>
      MARKETING_CHANNELS.map((channel) => ({
        id: uuidV7(),
        customerId,
        purpose,
        channel,
        status: "denied" as const,
        source: "gastvrij",
        occurredAt,
      })),
    );
    await tx.consent.createMany({ data: rows });
    return { consentIds: rows.map((row) => row.id) };
  }
  return {};
}

/** The stored entry behind a repeated clientId, to answer a double submit with the original. */
export async function findDuplicateEntry(
  tx: Tx,
  source: string,
  sourceEventId: string,
): Promise<{ customerId: string; createdById: string | null; entry: TimelineEntry } | null> {
  const rows = await tx.$queryRaw<(TimelineRow & { customerId: string; createdById: string | null })[]>`
    SELECT ${TIMELINE_COLUMNS}, e."customerId", e."createdById"
    FROM "JourneyEvent" e
    WHERE e.source = ${source} AND e."sourceEventId" = ${sourceEventId}`;
  const row = rows[0];
  if (!row) return null;
  const { customerId, createdById, ...event } = row;
  return { customerId, createdById, entry: toTimelineEntry(event) };
}
