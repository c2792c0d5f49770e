import "server-only";
import { assertCan, locationScope, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

export interface MergeHistoryRow {
  id: string;
  survivorId: string;
  mergedId: string;
  reason: string;
  identityType: string | null;
  createdAt: Date;
  undoneAt: Date | null;
  mergedByName: string | null;
  undoneByName: string | null;
  survivorName: string;
  mergedName: string;
  movedEvents: number;
  movedRecords: number;
  movedIdentities: number;
  survivorExists: boolean;
}

const NAME = (side: string) =>
  Prisma.raw(
    `COALESCE(NULLIF(concat_ws(' ', m.snapshot->'${side}'->>'firstName', m.snapshot->'${side}'->>'lastName'), ''), 'Unnamed customer')`,
  );
const COUNT = (table: string) => Prisma.raw(`jsonb_array_length(m.snapshot->'moved'->'${table}')`);

/** The latest merges, automatic and manual, read from the snapshot without loading it whole. */
export async function listMergeHistory(actor: Actor): Promise<MergeHistoryRow[]> {
  assertCan(actor, "customers.merge");
  const locations = locationScope(actor);
  const scope =
    locations === null
      ? Prisma.sql`TRUE`
      : Prisma.sql`EXISTS (SELECT 1 FROM "CustomerLocation" cl WHERE cl."customerId" = m."survivorId" AND cl."locationId" = ANY(${locations}::uuid[]))`;
  return db.$queryRaw<MergeHistoryRow[]>`
    SELECT m.id, m."survivorId", m."mergedId", m.reason, m."identityType"::text AS "identityType", m."createdAt", m."undoneAt",
      mb.name AS "mergedByName", ub.name AS "undoneByName", ${NAME("survivor")} AS "survivorName", ${NAME("merged")} AS "mergedName",
      ${COUNT("JourneyEvent")} AS "movedEvents",
      ${COUNT("Booking")} + ${COUNT("Order")} + ${COUNT("ServiceCase")} + ${COUNT("Consent")} + ${COUNT("CustomerFact")} AS "movedRecords",
      ${COUNT("Identity")} AS "movedIdentities",
      EXISTS (SELECT 1 FROM "Customer" c WHERE c.id = m."survivorId") AS "survivorExists"
    FROM "MergeRecord" m
    LEFT JOIN "StaffUser" mb ON mb.id = m."mergedById"
    LEFT JOIN "StaffUser" ub ON ub.id = m."undoneById"
    WHERE ${scope}
    ORDER BY m."createdAt" DESC, m.id DESC
    LIMIT 100`;
}
