import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { customerVisibleTo } from "@/lib/auth/customer-scope";
import { heavyRead } from "@/lib/db/read-routing";
import { customerDisplayName } from "@/lib/format/names";
import { Prisma } from "@/lib/generated/prisma/client";
import { utcTimestamp } from "./utc-timestamp";

export const SURVEYS_SHOWN = 5;

export interface SurveyAfterTrivial {
  customerId: string;
  name: string;
  occurredAt: Date;
  source: string;
}

type Row = {
  customerId: string;
  firstName: string | null;
  lastName: string | null;
  occurredAt: Date;
  source: string;
};

/** The latest surveys sent after a trivial interaction, newest first (backwards on the time index). */
export async function listSurveysAfterTrivial(actor: Actor, since: Date): Promise<SurveyAfterTrivial[]> {
  assertCan(actor, "insights.view");
  const rows = await heavyRead(
    ({ db }) => db.$queryRaw<Row[]>`
    SELECT oc."customerId", c."firstName", c."lastName", oc."occurredAt", oc.source
    FROM "OutboundContact" oc JOIN "Customer" c ON c.id = oc."customerId"
    WHERE oc."occurredAt" >= ${utcTimestamp(since)}::timestamp
      AND oc.purpose = 'survey' AND oc."withinPolicy" = false
      AND 'survey_after_trivial' = ANY(oc."violatedRules")
      AND ${customerVisibleTo(actor, Prisma.sql`oc."customerId"`)}
    ORDER BY oc."occurredAt" DESC
    LIMIT ${SURVEYS_SHOWN}`,
  );
  return rows.map((row) => ({
    customerId: row.customerId,
    name: customerDisplayName(row),
    occurredAt: row.occurredAt,
    source: row.source,
  }));
}
