import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { readHeavyRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  atLocations,
  bucketOfSql,
  inBothPeriods,
  isCurrent,
  rollupRows,
  type InsightRequest,
} from "./insight-request";
import {
  BACKLOG_AGES,
  type BacklogAge,
  type ComplaintInsights,
  type ResolutionRow,
} from "./manager-insights-types";

type Part = "opened" | "closed" | "backlog" | "reason" | "location" | "visits";
type Row = {
  part: Part;
  isCurrent: boolean;
  bucket: string | null;
  key: string | null;
  hours: number | null;
  n: number;
};

/** The backlog's age groups in days: [lowest, highest] for each of BACKLOG_AGES. */
const AGE_SQL = (on: string) => Prisma.sql`CASE
    WHEN ${on}::date - "openedDay" <= 2 THEN '0-2'
    WHEN ${on}::date - "openedDay" <= 7 THEN '3-7'
    WHEN ${on}::date - "openedDay" <= 30 THEN '8-30'
    ELSE '31+' END`;

/**
 * One statement over InsightComplaintCohort (and InsightVisitDaily for the rate per 100 visits):
 * opened and closed per bucket, the open backlog by age at the end of each period, the resolve-time
 * histograms by reason and by location, and complaints and visits per location.
 */
export function complaintInsightsStatement(request: InsightRequest): Prisma.Sql {
  const { period } = request;
  const opened = Prisma.sql`"openedDay"`;
  const closed = Prisma.sql`"closedDay"`;
  return Prisma.sql`
    WITH c AS (SELECT * FROM "InsightComplaintCohort" WHERE ${atLocations(request)})
    SELECT 'opened' AS part, ${isCurrent(request, opened)} AS "isCurrent", ${bucketOfSql(request, opened)} AS bucket,
      "locationId"::text AS key, NULL::int AS hours, sum(cases)::int AS n
    FROM c WHERE ${inBothPeriods(request, opened)} GROUP BY 2, 3, 4
    UNION ALL
    SELECT 'closed', ${isCurrent(request, closed)}, ${bucketOfSql(request, closed)}, NULL, NULL, sum(cases)::int
    FROM c WHERE ${inBothPeriods(request, closed)} GROUP BY 2, 3
    UNION ALL
    SELECT 'backlog', true, NULL, ${AGE_SQL(period.to)}, NULL, sum(cases)::int
    FROM c WHERE "openedDay" <= ${period.to}::date AND "closedDay" > ${period.to}::date GROUP BY 4
    UNION ALL
    SELECT 'backlog', false, NULL, ${AGE_SQL(period.previousTo)}, NULL, sum(cases)::int
    FROM c WHERE "openedDay" <= ${period.previousTo}::date AND "closedDay" > ${period.previousTo}::date GROUP BY 4
    UNION ALL
    SELECT 'reason', ${isCurrent(request, closed)}, NULL, reason, "resolveHours", sum(cases)::int
    FROM c WHERE ${inBothPeriods(request, closed)} GROUP BY 2, 4, 5
    UNION ALL
    SELECT 'location', true, NULL, "locationId"::text, "resolveHours", sum(cases)::int
    FROM c WHERE "closedDay" BETWEEN ${period.from}::date AND ${period.to}::date GROUP BY 4, 5
    UNION ALL
    SELECT 'visits', ${isCurrent(request)}, NULL, "locationId"::text, NULL, sum(visits)::int
    FROM (${rollupRows(request, "InsightVisitDaily", "InsightVisitMonthly", `"locationId", visits`, { isBucketed: false })}) v GROUP BY 2, 4`;
}

/** The smallest value with at least `share` of the cases at or below it (hours histogram). */
export function histogramPercentile(histogram: Map<number, number>, share: number): number | null {
  const total = [...histogram.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  let seen = 0;
  for (const [hours, n] of [...histogram].sort((a, b) => a[0] - b[0])) {
    seen += n;
    if (seen >= share * total) return hours;
  }
  return null;
}

function resolution(key: string, histogram: Map<number, number>): ResolutionRow {
  return {
    key,
    cases: [...histogram.values()].reduce((sum, n) => sum + n, 0),
    medianHours: histogramPercentile(histogram, 0.5),
    p90Hours: histogramPercentile(histogram, 0.9),
  };
}

function addTo(groups: Map<string, Map<number, number>>, key: string, hours: number, n: number) {
  const histogram = groups.get(key) ?? new Map<number, number>();
  histogram.set(hours, (histogram.get(hours) ?? 0) + n);
  groups.set(key, histogram);
}

/** Complaints opened and closed, the open backlog, how fast they are resolved, and per 100 visits. */
export async function getComplaintInsights(
  actor: Actor,
  request: InsightRequest,
): Promise<ComplaintInsights> {
  assertCan(actor, "insights.view");
  const rows = await readHeavyRows<Row>(complaintInsightsStatement(request));
  const weekly = new Map<string, { bucket: string; isCurrent: boolean; opened: number; closed: number }>();
  const totals = {
    opened: { current: 0, previous: 0 },
    closed: { current: 0, previous: 0 },
    visits: { current: 0, previous: 0 },
  };
  const backlog = new Map<BacklogAge, { current: number; previous: number }>(
    BACKLOG_AGES.map((age) => [age, { current: 0, previous: 0 }]),
  );
  const byReason = new Map<string, Map<number, number>>();
  const byLocation = new Map<string, Map<number, number>>();
  const all = new Map<number, number>();
  const previousAll = new Map<number, number>();
  const perLocation = new Map<
    string,
    { complaints: number; visits: number; previousComplaints: number; previousVisits: number }
  >();
  const place = (id: string) => {
    const entry = perLocation.get(id) ?? {
      complaints: 0,
      visits: 0,
      previousComplaints: 0,
      previousVisits: 0,
    };
    perLocation.set(id, entry);
    return entry;
  };
  const period = (row: Row) => (row.isCurrent ? "current" : "previous");
  for (const row of rows) {
    switch (row.part) {
      case "opened":
      case "closed": {
        const key = `${row.isCurrent}:${row.bucket}`;
        const week = weekly.get(key) ?? {
          bucket: row.bucket!,
          isCurrent: row.isCurrent,
          opened: 0,
          closed: 0,
        };
        week[row.part] += row.n;
        weekly.set(key, week);
        totals[row.part][period(row)] += row.n;
        if (row.part === "opened")
          place(row.key!)[row.isCurrent ? "complaints" : "previousComplaints"] += row.n;
        break;
      }
      case "backlog":
        backlog.get(row.key as BacklogAge)![period(row)] += row.n;
        break;
      case "reason":
        if (row.hours === null || row.hours < 0) break;
        if (row.isCurrent) {
          addTo(byReason, row.key!, row.hours, row.n);
          all.set(row.hours, (all.get(row.hours) ?? 0) + row.n);
        } else previousAll.set(row.hours, (previousAll.get(row.hours) ?? 0) + row.n);
        break;
      case "location":
        if (row.hours !== null && row.hours >= 0) addTo(byLocation, row.key!, row.hours, row.n);
        break;
      case "visits":
        totals.visits[period(row)] += row.n;
        place(row.key!)[row.isCurrent ? "visits" : "previousVisits"] += row.n;
        break;
    }
  }
  const previous = resolution("all", previousAll);
  return {
    period: request.period,
    weekly: [...weekly.values()].sort((a, b) => a.bucket.localeCompare(b.bucket)),
    totals,
    backlog: BACKLOG_AGES.map((age) => ({ age, ...backlog.get(age)! })),
    resolution: {
      all: {
        ...resolution("all", all),
        previousMedianHours: previous.medianHours,
        previousP90Hours: previous.p90Hours,
      },
      byReason: [...byReason]
        .map(([key, histogram]) => resolution(key, histogram))
        .sort((a, b) => b.cases - a.cases),
      byLocation: [...byLocation].map(([key, histogram]) => resolution(key, histogram)),
    },
    perLocation: [...perLocation].map(([locationId, figures]) => ({ locationId, ...figures })),
  };
}
