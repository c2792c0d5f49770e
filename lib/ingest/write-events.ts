import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventRow, OutboundJudgement } from "./ingest-types";
import { RetryBatchError } from "@/lib/db/retry-transaction";

type Tx = Prisma.TransactionClient;

/**
 * One multi-row INSERT for the whole batch. Duplicates were filtered before; if a concurrent batch
 * stored one of these events meanwhile, ON CONFLICT skips it and the batch reruns so that event is
 * reported as a duplicate and nothing derived from it is written twice.
 */
export async function insertEvents(
  tx: Tx,
  source: string,
  rows: EventRow[],
  judgements: ReadonlyMap<string, OutboundJudgement> = new Map(),
): Promise<void> {
  if (rows.length === 0) return;
  const payload = rows
    .map(({ id, customerId, locationId, event }) => ({
      id,
      customerId,
      locationId,
      type: event.type,
      name: event.name,
      channel: event.channel,
      direction: event.direction,
      occurredAt: event.occurredAt.toISOString(),
      sourceEventId: event.sourceEventId,
      summary: event.summary,
      reason: event.reason,
      utmSource: event.utmSource,
      utmMedium: event.utmMedium,
      utmCampaign: event.utmCampaign,
      payload: event.payload,
      withinPolicy: judgements.get(id)?.withinPolicy ?? null,
    }))
    .sort((a, b) => (a.sourceEventId < b.sourceEventId ? -1 : 1));
  const inserted = await tx.$queryRaw<{ n: number }[]>`
    WITH inserted AS (
      INSERT INTO "JourneyEvent" (id, "customerId", type, name, channel, direction, "occurredAt", "locationId", source, "sourceEventId",
        summary, reason, "utmSource", "utmMedium", "utmCampaign", payload, "withinPolicy", "createdAt")
      SELECT x.id, x."customerId", x.type::"EventType", x.name, x.channel::"Channel", x.direction::"Direction", x."occurredAt",
        x."locationId", ${source}, x."sourceEventId", x.summary, x.reason, x."utmSource", x."utmMedium", x."utmCampaign", x.payload,
        x."withinPolicy", timezone('UTC', now())
      FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS x(id uuid, "customerId" uuid, type text, name text, channel text,
        direction text, "occurredAt" timestamp, "locationId" uuid, "sourceEventId" text, summary text, reason text, "utmSource" text,
        "utmMedium" text, "utmCampaign" text, payload jsonb, "withinPolicy" boolean)
      ORDER BY x."sourceEventId"
      ON CONFLICT (source, "sourceEventId") DO NOTHING
      RETURNING 1)
    SELECT count(*)::int AS n FROM inserted`;
  if ((inserted[0]?.n ?? 0) !== payload.length)
    throw new RetryBatchError("a concurrent batch stored one of these events first");
}

/** The narrow OutboundContact row of every judged contact, for eligibility and contact pressure. */
export async function insertOutboundContacts(
  tx: Tx,
  source: string,
  rows: EventRow[],
  judgements: ReadonlyMap<string, OutboundJudgement>,
): Promise<void> {
  const payload = rows.flatMap(({ id, event }) => {
    const judgement = judgements.get(id);
    if (!judgement) return [];
    return [
      {
        eventId: id,
        customerId: judgement.customerId,
        purpose: judgement.purpose,
        channel: event.channel,
        occurredAt: event.occurredAt.toISOString(),
        subjectRef: judgement.subjectRef,
        withinPolicy: judgement.withinPolicy,
        violatedRules: judgement.violatedRules,
        policyVersion: judgement.policyVersion,
      },
    ];
  });
  if (payload.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "OutboundContact" ("eventId", "customerId", purpose, channel, "occurredAt", source, "subjectRef",
      "withinPolicy", "violatedRules", "policyVersion")
    SELECT x."eventId", x."customerId", x.purpose::"ContactPurpose", x.channel::"Channel", x."occurredAt", ${source},
      x."subjectRef", x."withinPolicy", ARRAY(SELECT jsonb_array_elements_text(x."violatedRules")), x."policyVersion"
    FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS x("eventId" uuid, "customerId" uuid, purpose text,
      channel text, "occurredAt" timestamp, "subjectRef" text, "withinPolicy" boolean, "violatedRules" jsonb, "policyVersion" int)`;
}
