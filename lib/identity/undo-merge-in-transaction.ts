import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MergeSnapshot } from "./merge-in-transaction";
import { notFound, refusal } from "@/lib/i18n/ref-errors";

type Tx = Prisma.TransactionClient;

const refuse = (key: Parameters<typeof refusal>[0]) => refusal(key, undefined, "mergeId");

/**
 * Restores both customers as they were before the merge: the merged row comes back with its own id,
 * every row that moved goes back (unless it has moved on since), and the survivor's columns,
 * locations and suggestions return to their snapshot. Activity that arrived after the merge stays
 * with the survivor.
 */
export async function undoMergeInTransaction(
  tx: Tx,
  mergeId: string,
  undoneById: string | null,
): Promise<{ survivorId: string; mergedId: string }> {
  const [record] = await tx.$queryRaw<
    {
      survivorId: string;
      mergedId: string;
      snapshot: MergeSnapshot;
      undoneAt: Date | null;
      createdAt: Date;
    }[]
  >`
    SELECT "survivorId", "mergedId", snapshot, "undoneAt", "createdAt" FROM "MergeRecord" WHERE id = ${mergeId}::uuid FOR UPDATE`;
  if (!record) throw notFound("errors.notFound.merge");
  if (record.undoneAt) throw refuse("errors.merges.alreadyUndone");
  const { survivorId, mergedId, snapshot } = record;
  const [later] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "MergeRecord" WHERE "undoneAt" IS NULL AND id <> ${mergeId}::uuid AND "createdAt" >= ${record.createdAt}
      AND ("survivorId" IN (${survivorId}::uuid, ${mergedId}::uuid) OR "mergedId" = ${survivorId}::uuid) LIMIT 1`;
  if (later) throw refuse("errors.merges.laterMerge");
  const present = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Customer" WHERE id IN (${survivorId}::uuid, ${mergedId}::uuid) ORDER BY id FOR UPDATE`;
  if (!present.some((row) => row.id === survivorId)) throw refuse("errors.merges.survivorGone");
  if (present.some((row) => row.id === mergedId)) throw refuse("errors.merges.mergedBack");

  await tx.$executeRaw`INSERT INTO "Customer" SELECT * FROM jsonb_populate_record(NULL::"Customer", ${JSON.stringify(snapshot.merged)}::jsonb)`;
  const moved = JSON.stringify(snapshot.moved);
  await tx.$executeRaw`
    WITH ids AS (SELECT key AS tbl, value::uuid AS id FROM jsonb_each(${moved}::jsonb) AS t(key, list), jsonb_array_elements_text(list) AS value),
      e AS (UPDATE "JourneyEvent" SET "customerId" = ${mergedId}::uuid WHERE "customerId" = ${survivorId}::uuid AND id IN (SELECT id FROM ids WHERE tbl = 'JourneyEvent')),
      b AS (UPDATE "Booking" SET "customerId" = ${mergedId}::uuid WHERE "customerId" = ${survivorId}::uuid AND id IN (SELECT id FROM ids WHERE tbl = 'Booking')),
      o AS (UPDATE "Order" SET "customerId" = ${mergedId}::uuid WHERE "customerId" = ${survivorId}::uuid AND id IN (SELECT id FROM ids WHERE tbl = 'Order')),
      s AS (UPDATE "ServiceCase" SET "customerId" = ${mergedId}::uuid WHERE "customerId" = ${survivorId}::uuid AND id IN (SELECT id FROM ids WHERE tbl = 'ServiceCase')),
      c AS (UPDATE "Consent" SET "customerId" = ${mergedId}::uuid WHERE "customerId" = ${survivorId}::uuid AND id IN (SELECT id FROM ids WHERE tbl = 'Consent')),
      f AS (UPDATE "CustomerFact" SET "customerId" = ${mergedId}::uuid WHERE "customerId" = ${survivorId}::uuid AND id IN (SELECT id FROM ids WHERE tbl = 'CustomerFact')),
      oc AS (UPDATE "OutboundContact" SET "customerId" = ${mergedId}::uuid WHERE "customerId" = ${survivorId}::uuid AND "eventId" IN (SELECT id FROM ids WHERE tbl = 'JourneyEvent'))
    UPDATE "Identity" SET "customerId" = ${mergedId}::uuid WHERE "customerId" = ${survivorId}::uuid AND id IN (SELECT id FROM ids WHERE tbl = 'Identity')`;

  // Every column of the survivor back to its snapshot, read from the catalog so new columns are covered.
  const columns = await tx.$queryRaw<{ name: string }[]>`
    SELECT column_name AS name FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = 'Customer' AND column_name <> 'id' ORDER BY ordinal_position`;
  const list = Prisma.raw(columns.map((c) => `"${c.name.replace(/"/g, '""')}"`).join(", "));
  const fromRecord = Prisma.raw(columns.map((c) => `r."${c.name.replace(/"/g, '""')}"`).join(", "));
  await tx.$executeRaw`
    UPDATE "Customer" AS c SET (${list}) = (SELECT ${fromRecord} FROM jsonb_populate_record(NULL::"Customer", ${JSON.stringify(snapshot.survivor)}::jsonb) AS r)
    WHERE c.id = ${survivorId}::uuid`;
  await tx.$executeRaw`
    UPDATE "Customer" SET "lastSeenAt" = GREATEST("lastSeenAt", (SELECT max("occurredAt") FROM "JourneyEvent" WHERE "customerId" = ${survivorId}::uuid AND "createdAt" > ${record.createdAt}))
    WHERE id = ${survivorId}::uuid`;

  await tx.$executeRaw`DELETE FROM "CustomerLocation" WHERE "customerId" = ${survivorId}::uuid`;
  await tx.$executeRaw`
    INSERT INTO "CustomerLocation" SELECT r.* FROM jsonb_populate_recordset(NULL::"CustomerLocation", ${JSON.stringify(snapshot.locations)}::jsonb) AS r
    WHERE EXISTS (SELECT 1 FROM "Location" l WHERE l.id = r."locationId")`;
  await tx.$executeRaw`
    INSERT INTO "CustomerLocation" ("customerId", "locationId", "firstSeenAt", "lastSeenAt")
    SELECT "customerId", "locationId", min("occurredAt"), max("occurredAt") FROM "JourneyEvent"
    WHERE "customerId" = ${survivorId}::uuid AND "locationId" IS NOT NULL AND "createdAt" > ${record.createdAt}
    GROUP BY "customerId", "locationId"
    ON CONFLICT ("customerId", "locationId") DO UPDATE SET
      "firstSeenAt" = LEAST("CustomerLocation"."firstSeenAt", EXCLUDED."firstSeenAt"),
      "lastSeenAt" = GREATEST("CustomerLocation"."lastSeenAt", EXCLUDED."lastSeenAt")`;
  await tx.$executeRaw`
    INSERT INTO "DuplicateSuggestion" SELECT r.* FROM jsonb_populate_recordset(NULL::"DuplicateSuggestion", ${JSON.stringify(snapshot.suggestions)}::jsonb) AS r
    WHERE EXISTS (SELECT 1 FROM "Customer" WHERE id = r."customerAId") AND EXISTS (SELECT 1 FROM "Customer" WHERE id = r."customerBId")
    ON CONFLICT DO NOTHING`;
  await tx.$executeRaw`
    UPDATE "MergeRecord" SET "undoneAt" = timezone('UTC', clock_timestamp()), "undoneById" = ${undoneById}::uuid WHERE id = ${mergeId}::uuid`;
  return { survivorId, mergedId };
}
