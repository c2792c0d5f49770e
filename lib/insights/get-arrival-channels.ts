import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { readHeavyRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { bucketOfSql, isCurrent, rollupRows, type InsightRequest } from "./insight-request";
import { ARRIVAL_CHANNELS, type ArrivalChannel, type ArrivalChannels } from "./manager-insights-types";

type Row = {
  set: number;
  isCurrent: boolean;
  bucket: string | null;
  visitChannel: ArrivalChannel;
  firstTouch: ArrivalChannel | null;
  locationId: string | null;
  visits: number;
};

/** One statement over InsightVisitDaily: per bucket, per first touch and per location, both periods. */
export function arrivalChannelsStatement(request: InsightRequest): Prisma.Sql {
  return Prisma.sql`
    SELECT GROUPING(bucket, "firstTouch", "locationId")::int AS set, "isCurrent", bucket, "visitChannel",
      "firstTouch", "locationId"::text, sum(visits)::int AS visits
    FROM (
      SELECT ${isCurrent(request)} AS "isCurrent", ${bucketOfSql(request)} AS bucket, "visitChannel",
        "firstTouch", "locationId", visits
      FROM (${rollupRows(request, "InsightVisitDaily", "InsightVisitMonthly", `"locationId", "visitChannel", "firstTouch", visits`)}) r
    ) v
    GROUP BY GROUPING SETS (("isCurrent", bucket, "visitChannel"), ("isCurrent", "firstTouch", "visitChannel"),
      ("isCurrent", "locationId", "visitChannel"))`;
}

// GROUPING(bucket, firstTouch, locationId): a bit set for each column left out of the row's set.
const BY_BUCKET = 0b011;
const BY_FIRST_TOUCH = 0b101;
const BY_LOCATION = 0b110;

/** How guests and customers found us: visits by arrival channel over time, by first touch and location. */
export async function getArrivalChannels(actor: Actor, request: InsightRequest): Promise<ArrivalChannels> {
  assertCan(actor, "insights.view");
  const rows = await readHeavyRows<Row>(arrivalChannelsStatement(request));
  const totals = new Map<ArrivalChannel, { current: number; previous: number }>();
  const result: ArrivalChannels = {
    period: request.period,
    series: [],
    totals: [],
    firstTouch: [],
    byLocation: [],
  };
  for (const row of rows) {
    if (row.set === BY_BUCKET) {
      result.series.push({
        bucket: row.bucket!,
        isCurrent: row.isCurrent,
        channel: row.visitChannel,
        visits: row.visits,
      });
      const total = totals.get(row.visitChannel) ?? { current: 0, previous: 0 };
      total[row.isCurrent ? "current" : "previous"] += row.visits;
      totals.set(row.visitChannel, total);
    } else if (row.set === BY_FIRST_TOUCH && row.isCurrent) {
      result.firstTouch.push({
        firstTouch: row.firstTouch!,
        visitChannel: row.visitChannel,
        visits: row.visits,
      });
    } else if (row.set === BY_LOCATION && row.isCurrent) {
      result.byLocation.push({ locationId: row.locationId!, channel: row.visitChannel, visits: row.visits });
    }
  }
  result.totals = ARRIVAL_CHANNELS.filter((channel) => totals.has(channel)).map((channel) => ({
    channel,
    ...totals.get(channel)!,
  }));
  return result;
}
