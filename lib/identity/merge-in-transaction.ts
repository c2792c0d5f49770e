import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IdentityType } from "@/lib/generated/prisma/enums";
import { uuidV7 } from "@/lib/db/uuid-v7";
import { foldForSearch } from "@/lib/validation/normalize-identifier";

type Tx = Prisma.TransactionClient;
type Row = Record<string, unknown>;

/** Everything an undo needs, as it was just before the merge. */
export interface MergeSnapshot {
  version: 1;
  survivor: Row;
  merged: Row;
  /** Ids of the rows that moved from the merged customer to the survivor, per table. */
  moved: Record<MovedTable, string[]>;
  locations: Row[];
  suggestions: Row[];
}

export const MOVED_TABLES = [
  "JourneyEvent",
  "Booking",
  "Order",
  "ServiceCase",
  "Consent",
  "CustomerFact",
  "Identity",
] as const;
export type MovedTable = (typeof MOVED_TABLES)[number];

export class MergeTargetMissingError extends Error {}

export interface MergeRequest {
  survivorId: string;
  mergedId: string;
  reason: string;
  identityType: IdentityType | null;
  mergedById: string | null;
}

/**
 * Moves everything of `mergedId` to `survivorId` (events, bookings, orders, cases, consents, facts,
 * notes, identities and locations), fills the survivor's empty fields from the merged customer,
 * deletes the merged row and records a snapshot for undo. Runs inside the caller's transaction.
 */
export async function mergeInTransaction(tx: Tx, request: MergeRequest): Promise<string> {
  const { survivorId, mergedId } = request;
  if (survivorId === mergedId) throw new MergeTargetMissingError("a customer can't be merged into itself");
  // FOR UPDATE waits for batches that still attach rows to either customer, then keeps new ones out.
  const customers = await tx.$queryRaw<{ id: string; row: Row }[]>`
    SELECT id, to_jsonb(c) AS row FROM "Customer" c WHERE id IN (${survivorId}::uuid, ${mergedId}::uuid) ORDER BY id FOR UPDATE`;
  const survivor = customers.find((c) => c.id === survivorId)?.row;
  const merged = customers.find((c) => c.id === mergedId)?.row;
  if (!survivor || !merged) throw new MergeTargetMissingError("one of the customers no longer exists");

  const [moved] = await tx.$queryRaw<Record<MovedTable, string[] | null>[]>`
    WITH e AS (UPDATE "JourneyEvent" SET "customerId" = ${survivorId}::uuid WHERE "customerId" = ${mergedId}::uuid RETURNING id),
         b AS (UPDATE "Booking" SET "customerId" = ${survivorId}::uuid WHERE "customerId" = ${mergedId}::uuid RETURNING id),
         o AS (UPDATE "Order" SET "customerId" = ${survivorId}::uuid WHERE "customerId" = ${mergedId}::uuid RETURNING id),
         s AS (UPDATE "ServiceCase" SET "customerId" = ${survivorId}::uuid WHERE "customerId" = ${mergedId}::uuid RETURNING id),
         c AS (UPDATE "Consent" SET "customerId" = ${survivorId}::uuid WHERE "customerId" = ${mergedId}::uuid RETURNING id),
         f AS (UPDATE "CustomerFact" SET "customerId" = ${survivorId}::uuid WHERE "customerId" = ${mergedId}::uuid RETURNING id),
         i AS (UPDATE "Identity" SET "customerId" = ${survivorId}::uuid WHERE "customerId" = ${mergedId}::uuid RETURNING id),
         -- Follows its event (undo moves it back with the events), so it needs no list of its own.
         oc AS (UPDATE "OutboundContact" SET "customerId" = ${survivorId}::uuid WHERE "customerId" = ${mergedId}::uuid)
    SELECT (SELECT array_agg(id::text) FROM e) AS "JourneyEvent", (SELECT array_agg(id::text) FROM b) AS "Booking",
           (SELECT array_agg(id::text) FROM o) AS "Order", (SELECT array_agg(id::text) FROM s) AS "ServiceCase",
           (SELECT array_agg(id::text) FROM c) AS "Consent", (SELECT array_agg(id::text) FROM f) AS "CustomerFact",
           (SELECT array_agg(id::text) FROM i) AS "Identity"`;
  const locations = await tx.$queryRaw<{ row: Row }[]>`
    SELECT to_jsonb(l) AS row FROM "CustomerLocation" l WHERE "customerId" IN (${survivorId}::uuid, ${mergedId}::uuid) ORDER BY "customerId", "locationId"`;
  const suggestions = await tx.$queryRaw<{ row: Row }[]>`
    SELECT to_jsonb(d) AS row FROM "DuplicateSuggestion" d WHERE "customerAId" = ${mergedId}::uuid OR "customerBId" = ${mergedId}::uuid`;
  await tx.$executeRaw`
    INSERT INTO "CustomerLocation" ("customerId", "locationId", "firstSeenAt", "lastSeenAt")
    SELECT ${survivorId}::uuid, "locationId", "firstSeenAt", "lastSeenAt" FROM "CustomerLocation" WHERE "customerId" = ${mergedId}::uuid
    ORDER BY "locationId"
    ON CONFLICT ("customerId", "locationId") DO UPDATE SET
      "firstSeenAt" = LEAST("CustomerLocation"."firstSeenAt", EXCLUDED."firstSeenAt"),
      "lastSeenAt" = GREATEST("CustomerLocation"."lastSeenAt", EXCLUDED."lastSeenAt")`;

  const pick = (field: string) => (survivor[field] ?? merged[field] ?? null) as string | null;
  const searchName = foldForSearch(pick("firstName"), pick("lastName"), pick("preferredName"));
  await tx.$executeRaw`
    UPDATE "Customer" AS s SET
      "firstName" = COALESCE(s."firstName", m."firstName"), "lastName" = COALESCE(s."lastName", m."lastName"),
      "preferredName" = COALESCE(s."preferredName", m."preferredName"), salutation = COALESCE(s.salutation, m.salutation),
      "birthDate" = COALESCE(s."birthDate", m."birthDate"), street = COALESCE(s.street, m.street),
      "postalCode" = COALESCE(s."postalCode", m."postalCode"), city = COALESCE(s.city, m.city), "searchName" = ${searchName},
      "firstTouchChannel" = CASE WHEN m."firstTouchChannel" IS NOT NULL AND (s."firstTouchChannel" IS NULL OR m."firstSeenAt" < s."firstSeenAt")
        THEN m."firstTouchChannel" ELSE s."firstTouchChannel" END,
      "firstTouchSource" = CASE WHEN m."firstTouchChannel" IS NOT NULL AND (s."firstTouchChannel" IS NULL OR m."firstSeenAt" < s."firstSeenAt")
        THEN m."firstTouchSource" ELSE s."firstTouchSource" END,
      "firstSeenAt" = LEAST(s."firstSeenAt", m."firstSeenAt"), "lastSeenAt" = GREATEST(s."lastSeenAt", m."lastSeenAt"),
      "updatedAt" = timezone('UTC', now())
    FROM "Customer" m WHERE s.id = ${survivorId}::uuid AND m.id = ${mergedId}::uuid`;
  // Cascades remove the merged customer's CustomerLocation and DuplicateSuggestion rows (both in the snapshot).
  await tx.$executeRaw`DELETE FROM "Customer" WHERE id = ${mergedId}::uuid`;

  const snapshot: MergeSnapshot = {
    version: 1,
    survivor,
    merged,
    moved: Object.fromEntries(MOVED_TABLES.map((table) => [table, moved?.[table] ?? []])) as Record<
      MovedTable,
      string[]
    >,
    locations: locations.map((l) => l.row),
    suggestions: suggestions.map((s) => s.row),
  };
  const id = uuidV7();
  await tx.$executeRaw`
    INSERT INTO "MergeRecord" (id, "survivorId", "mergedId", snapshot, reason, "identityType", "mergedById", "createdAt")
    VALUES (${id}::uuid, ${survivorId}::uuid, ${mergedId}::uuid, ${JSON.stringify(snapshot)}::jsonb, ${request.reason},
      ${request.identityType}::"IdentityType", ${request.mergedById}::uuid, timezone('UTC', clock_timestamp()))`;
  return id;
}
