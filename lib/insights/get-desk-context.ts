import "server-only";
import { assertCan, locationScope, type Actor } from "@/lib/auth/actor";
import { readHeavyRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { atLocations, bucketOfSql, inBothPeriods, isCurrent, type InsightRequest } from "./insight-request";
import type { DeskContext, DeskFigures } from "./manager-insights-types";
import { NIL_UUID } from "./rollup-sql";

type Row = DeskFigures & {
  set: number;
  isCurrent: boolean;
  bucket: string | null;
  locationId: string | null;
  kind: "check_in" | "pickup" | null;
  staffUserId: string | null;
  name: string | null;
  isOwnStaff: boolean | null;
};

/**
 * Whose figures a manager sees per person: staff assigned to one of the manager's locations (admins:
 * everyone). The rest count in the location rows only.
 */
function ownStaff(actor: Actor): Prisma.Sql {
  const scope = locationScope(actor);
  if (scope === null) return Prisma.sql`true`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "StaffLocation" sl WHERE sl."staffUserId" = s.id AND sl."locationId" = ANY(${scope}::uuid[]))`;
}

/** One statement over InsightDeskDaily: totals, per bucket, per location and kind, and per staff member. */
export function deskContextStatement(request: InsightRequest, actor: Actor): Prisma.Sql {
  return Prisma.sql`
    SELECT d.*, s.name, CASE WHEN s.id IS NULL THEN NULL ELSE ${ownStaff(actor)} END AS "isOwnStaff"
    FROM (
      SELECT GROUPING(bucket, "locationId", kind, "staffUserId")::int AS set, "isCurrent", bucket,
        "locationId"::text, kind, "staffUserId"::text, sum(actions)::int AS actions, sum("cardOpened")::int AS "cardOpened",
        sum("factReuseVisits")::int AS "factReuseVisits", sum("factsReused")::int AS "factsReused",
        sum(notes)::int AS notes, sum(facts)::int AS facts
      FROM (
        SELECT ${isCurrent(request)} AS "isCurrent", ${bucketOfSql(request)} AS bucket, "locationId", kind,
          "staffUserId", actions, "cardOpened", "factReuseVisits", "factsReused", notes, facts
        FROM "InsightDeskDaily"
        WHERE ${inBothPeriods(request)} AND ${atLocations(request)}
      ) r
      GROUP BY GROUPING SETS (("isCurrent"), ("isCurrent", bucket), ("isCurrent", "locationId", kind),
        ("isCurrent", "staffUserId"))
    ) d
    LEFT JOIN "StaffUser" s ON s.id = d."staffUserId"::uuid AND d."staffUserId" <> ${NIL_UUID}`;
}

// GROUPING(bucket, locationId, kind, staffUserId): a bit per column left out, bucket highest.
const TOTAL = 0b1111;
const BY_BUCKET = 0b0111;
const BY_LOCATION = 0b1001;
const BY_STAFF = 0b1110;

const figures = (row: DeskFigures): DeskFigures => ({
  actions: row.actions,
  cardOpened: row.cardOpened,
  factReuseVisits: row.factReuseVisits,
  factsReused: row.factsReused,
  notes: row.notes,
  facts: row.facts,
});
const none = (): DeskFigures => ({
  actions: 0,
  cardOpened: 0,
  factReuseVisits: 0,
  factsReused: 0,
  notes: 0,
  facts: 0,
});

/** Is the context used at the desk? The card opened before check-ins and pickups, notes, facts reused. */
export async function getDeskContext(actor: Actor, request: InsightRequest): Promise<DeskContext> {
  assertCan(actor, "insights.view");
  const rows = await readHeavyRows<Row>(deskContextStatement(request, actor));
  const result: DeskContext = {
    period: request.period,
    current: none(),
    previous: none(),
    trend: [],
    byLocation: [],
    byStaff: [],
    bySourceSystems: none(),
  };
  const previousShare = new Map<string, number | null>();
  for (const row of rows) {
    if (row.set === TOTAL) result[row.isCurrent ? "current" : "previous"] = figures(row);
    else if (row.set === BY_BUCKET)
      result.trend.push({ bucket: row.bucket!, isCurrent: row.isCurrent, ...figures(row) });
    else if (row.set === BY_LOCATION) {
      if (row.isCurrent)
        result.byLocation.push({
          locationId: row.locationId!,
          kind: row.kind!,
          previousShare: null,
          ...figures(row),
        });
      else
        previousShare.set(
          `${row.locationId}:${row.kind}`,
          row.actions > 0 ? row.cardOpened / row.actions : null,
        );
    } else if (row.set === BY_STAFF && row.isCurrent) {
      if (row.staffUserId === NIL_UUID) result.bySourceSystems = figures(row);
      else if (row.isOwnStaff && row.name)
        result.byStaff.push({ staffUserId: row.staffUserId!, name: row.name, ...figures(row) });
    }
  }
  for (const location of result.byLocation)
    location.previousShare = previousShare.get(`${location.locationId}:${location.kind}`) ?? null;
  result.trend.sort((a, b) => a.bucket.localeCompare(b.bucket));
  result.byStaff.sort((a, b) => b.actions - a.actions || a.name.localeCompare(b.name));
  return result;
}
