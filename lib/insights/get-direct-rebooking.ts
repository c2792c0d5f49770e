import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { readHeavyRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { localDate } from "@/lib/time/local-date";
import { DISPLAY_TIME_ZONE } from "@/lib/format/dates";
import { loadRateVersions, rateSegments, ratesOn, type RateVersion } from "./commission-rate-versions";
import { atLocations, bucketOfSql, inBothPeriods, isCurrent, type InsightRequest } from "./insight-request";
import type { DirectRebooking, RebookingFigures } from "./manager-insights-types";

/** Channels a stay costs commission through; every other channel is booked direct. */
export const INDIRECT_CHANNELS = ["booking_com", "expedia", "travel_agent"] as const;

type Row = {
  set: number;
  isCurrent: boolean;
  bucket: string | null;
  locationId: string | null;
  returnChannel: string | null;
  returns: number;
  direct: number;
  saved: number;
  directWithoutValue: number;
};

/**
 * One statement over InsightRebookDaily: OTA-first guests' next stays and the commission the direct
 * ones saved, each at its OTA's rate on the stay's arrival day (rates by day range, see rateSegments).
 */
export function directRebookingStatement(request: InsightRequest, versions: RateVersion[]): Prisma.Sql {
  const segments = rateSegments(versions);
  const segment = Prisma.sql`width_bucket(day, ${segments.starts}::date[])`;
  return Prisma.sql`
    SELECT GROUPING(bucket, "locationId", "returnChannel")::int AS set, "isCurrent", bucket, "locationId"::text,
      "returnChannel", sum(returns)::int AS returns, sum(direct)::int AS direct, coalesce(sum(saved), 0)::float8 AS saved,
      sum("directWithoutValue")::int AS "directWithoutValue"
    FROM (
      SELECT ${isCurrent(request)} AS "isCurrent", ${bucketOfSql(request)} AS bucket, "locationId", "returnChannel", returns,
        CASE WHEN d.direct THEN returns ELSE 0 END AS direct,
        CASE WHEN d.direct THEN returns - "valuedReturns" ELSE 0 END AS "directWithoutValue",
        CASE WHEN d.direct THEN "returnValue" * (CASE "firstChannel"
          WHEN 'booking_com' THEN (${segments.bookingCom}::numeric[])[${segment}]
          ELSE (${segments.expedia}::numeric[])[${segment}] END) / 100 ELSE 0 END AS saved
      FROM "InsightRebookDaily"
      CROSS JOIN LATERAL (SELECT "returnChannel" <> ALL(${[...INDIRECT_CHANNELS]}::text[]) AS direct) d
      WHERE ${inBothPeriods(request)} AND ${atLocations(request)}
    ) r
    GROUP BY GROUPING SETS (("isCurrent", bucket), ("isCurrent", "locationId"), ("isCurrent", "returnChannel"), ("isCurrent"))`;
}

const BY_BUCKET = 0b011;
const BY_LOCATION = 0b101;
const BY_CHANNEL = 0b110;
const TOTAL = 0b111;

const empty = (): RebookingFigures => ({ returns: 0, direct: 0, commissionSaved: 0, directWithoutValue: 0 });
const figures = (row: Row): RebookingFigures => ({
  returns: row.returns,
  direct: row.direct,
  commissionSaved: Math.round(row.saved * 100) / 100,
  directWithoutValue: row.directWithoutValue,
});

/** Do guests who first came through an OTA book their next stay direct, and what did that save? */
export async function getDirectRebooking(actor: Actor, request: InsightRequest): Promise<DirectRebooking> {
  assertCan(actor, "insights.view");
  const versions = await loadRateVersions();
  const rows = await readHeavyRows<Row>(directRebookingStatement(request, versions));
  const inForce = ratesOn(localDate(DISPLAY_TIME_ZONE), versions);
  const result: DirectRebooking = {
    period: request.period,
    series: [],
    current: empty(),
    previous: empty(),
    byLocation: [],
    byReturnChannel: [],
    rates: { version: inForce.version, ...inForce.rates, validFrom: inForce.validFrom },
  };
  for (const row of rows) {
    if (row.set === BY_BUCKET)
      result.series.push({ bucket: row.bucket!, isCurrent: row.isCurrent, ...figures(row) });
    else if (row.set === TOTAL) result[row.isCurrent ? "current" : "previous"] = figures(row);
    else if (row.set === BY_LOCATION && row.isCurrent)
      result.byLocation.push({ locationId: row.locationId!, ...figures(row) });
    else if (row.set === BY_CHANNEL && row.isCurrent)
      result.byReturnChannel.push({ channel: row.returnChannel!, returns: row.returns });
  }
  result.byReturnChannel.sort((a, b) => b.returns - a.returns || a.channel.localeCompare(b.channel));
  return result;
}
