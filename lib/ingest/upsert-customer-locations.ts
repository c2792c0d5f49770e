import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export interface LocationTouch {
  customerId: string;
  locationId: string;
  at: Date;
}

/** Keeps CustomerLocation (what staff location scoping reads) in step with the batch's activity. */
export async function upsertCustomerLocations(tx: Tx, touches: LocationTouch[]): Promise<void> {
  const spans = new Map<string, { customerId: string; locationId: string; first: Date; last: Date }>();
  for (const touch of touches) {
    const key = `${touch.customerId}|${touch.locationId}`;
    const span = spans.get(key);
    if (!span)
      spans.set(key, {
        customerId: touch.customerId,
        locationId: touch.locationId,
        first: touch.at,
        last: touch.at,
      });
    else {
      if (touch.at < span.first) span.first = touch.at;
      if (touch.at > span.last) span.last = touch.at;
    }
  }
  if (spans.size === 0) return;
  const rows = [...spans.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, span]) => span);
  await tx.$executeRaw`
    INSERT INTO "CustomerLocation" ("customerId", "locationId", "firstSeenAt", "lastSeenAt")
    SELECT x."customerId", x."locationId", x.first, x.last
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("customerId" uuid, "locationId" uuid, first timestamp, last timestamp)
    ORDER BY x."customerId", x."locationId"
    ON CONFLICT ("customerId", "locationId") DO UPDATE SET
      "firstSeenAt" = LEAST("CustomerLocation"."firstSeenAt", EXCLUDED."firstSeenAt"),
      "lastSeenAt" = GREATEST("CustomerLocation"."lastSeenAt", EXCLUDED."lastSeenAt")`;
}
