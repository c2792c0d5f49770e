import "server-only";
import { assertCan, locationScope, type Actor } from "@/lib/auth/actor";
import { readHeavyRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InsightLocation } from "./manager-insights-types";

/** The locations an actor's insights may show: their own, or every one for admins. */
export async function listInsightLocations(actor: Actor): Promise<InsightLocation[]> {
  assertCan(actor, "insights.view");
  const scope = locationScope(actor);
  if (scope?.length === 0) return [];
  return readHeavyRows<InsightLocation>(Prisma.sql`
    SELECT id::text, name, type::text FROM "Location"
    WHERE ${scope === null ? Prisma.sql`true` : Prisma.sql`id = ANY(${scope}::uuid[])`}
    ORDER BY type, name`);
}
