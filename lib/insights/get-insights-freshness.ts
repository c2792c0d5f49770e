import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { readHeavyRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";

/** When the rollups were last rebuilt (any run), or null before the first one finished. */
export async function getInsightsFreshness(actor: Actor): Promise<Date | null> {
  assertCan(actor, "insights.view");
  const [row] = await readHeavyRows<{ at: Date | null }>(Prisma.sql`
    SELECT max("finishedAt") AS at FROM "InsightRefresh" WHERE "finishedAt" IS NOT NULL`);
  return row?.at ?? null;
}
