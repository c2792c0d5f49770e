import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventType } from "@/lib/generated/prisma/enums";
import type { PreparedEvent } from "./ingest-types";
import type { LocationTouch } from "./upsert-customer-locations";
import { uuidV7 } from "@/lib/db/uuid-v7";

type Tx = Prisma.TransactionClient;

export interface DetailEvent {
  customerId: string;
  locationId: string | null;
  event: PreparedEvent;
}

const at = (date: Date) => date.toISOString();

/** Service cases: opened by their first event, kept current by later ones (case_resolved closes). */
export async function writeServiceCases(
  tx: Tx,
  source: string,
  events: DetailEvent[],
  existing: Set<string>,
  touches: LocationTouch[],
): Promise<void> {
  const rows = new Map<string, Record<string, unknown> & { reference: string }>();
  for (const { customerId, locationId, event } of [...events].sort(
    (a, b) => a.event.occurredAt.getTime() - b.event.occurredAt.getTime(),
  )) {
    const detail = event.serviceCase!;
    // A known case only changes where the events say so outright; a new one gets defaults.
    const row =
      rows.get(detail.reference) ??
      (existing.has(detail.reference)
        ? { reference: detail.reference }
        : {
            reference: detail.reference,
            customerId,
            openedAt: at(event.occurredAt),
            kind: event.type === "complaint" ? "complaint" : "question",
            reason: event.reason ?? event.summary,
            summary: event.summary,
            channel: event.channel,
            status: "open",
          });
    if (detail.kind) row.kind = detail.kind;
    if (detail.reason) row.reason = detail.reason;
    if (locationId) row.locationId = locationId;
    if ((event.type as EventType) === "case_resolved")
      Object.assign(row, { status: "resolved", closedAt: at(event.occurredAt) });
    if (detail.status) row.status = detail.status;
    if (detail.status === "resolved" || detail.status === "closed") row.closedAt ??= at(event.occurredAt);
    rows.set(detail.reference, row);
    if (locationId) touches.push({ customerId, locationId, at: event.occurredAt });
  }
  const fresh = [...rows.values()]
    .filter((row) => !existing.has(row.reference))
    .map((row) => ({ id: uuidV7(), ...row }));
  const known = [...rows.values()].filter((row) => existing.has(row.reference));
  if (fresh.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "ServiceCase" (id, "customerId", "locationId", reference, kind, reason, summary, channel, status, "openedAt", "closedAt",
        source, "createdAt", "updatedAt")
      SELECT x.id, x."customerId", x."locationId", x.reference, x.kind::"CaseKind", x.reason, x.summary, x.channel::"Channel",
        x.status::"CaseStatus", x."openedAt", x."closedAt", ${source}, timezone('UTC', now()), timezone('UTC', now())
      FROM jsonb_to_recordset(${JSON.stringify(fresh)}::jsonb) AS x(id uuid, "customerId" uuid, "locationId" uuid, reference text, kind text,
        reason text, summary text, channel text, status text, "openedAt" timestamp, "closedAt" timestamp)
      ORDER BY x.reference`;
  }
  if (known.length > 0) {
    await tx.$executeRaw`
      UPDATE "ServiceCase" AS c SET
        kind = COALESCE(x.kind::"CaseKind", c.kind), status = COALESCE(x.status::"CaseStatus", c.status),
        "closedAt" = COALESCE(x."closedAt", c."closedAt"), "locationId" = COALESCE(x."locationId", c."locationId"),
        "updatedAt" = timezone('UTC', now())
      FROM jsonb_to_recordset(${JSON.stringify(known)}::jsonb)
        AS x(reference text, "locationId" uuid, kind text, status text, "closedAt" timestamp)
      WHERE c.reference = x.reference`;
  }
}

/** Consents are a log: each change is a row, and the latest per purpose and channel wins when read. */
export async function insertConsents(tx: Tx, source: string, events: DetailEvent[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map(({ customerId, event }) => ({
    id: uuidV7(),
    customerId,
    ...event.consent!,
    occurredAt: at(event.occurredAt),
  }));
  await tx.$executeRaw`
    INSERT INTO "Consent" (id, "customerId", purpose, channel, status, source, "occurredAt", "createdAt")
    SELECT x.id, x."customerId", x.purpose::"ConsentPurpose", x.channel::"Channel", x.status::"ConsentStatus", ${source}, x."occurredAt", timezone('UTC', now())
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(id uuid, "customerId" uuid, purpose text, channel text, status text, "occurredAt" timestamp)`;
}

export async function insertFacts(
  tx: Tx,
  source: string,
  events: DetailEvent[],
  touches: LocationTouch[],
): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map(({ customerId, locationId, event }) => ({
    id: uuidV7(),
    customerId,
    locationId,
    ...event.fact!,
    recordedAt: at(event.occurredAt),
  }));
  for (const row of events)
    if (row.locationId)
      touches.push({ customerId: row.customerId, locationId: row.locationId, at: row.event.occurredAt });
  await tx.$executeRaw`
    INSERT INTO "CustomerFact" (id, "customerId", kind, label, value, source, "locationId", "recordedAt", "createdAt")
    SELECT x.id, x."customerId", x.kind::"FactKind", x.label, x.value, ${source}, x."locationId", x."recordedAt", timezone('UTC', now())
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(id uuid, "customerId" uuid, "locationId" uuid, kind text, label text, value text, "recordedAt" timestamp)`;
}
