import "server-only";
import { assertCan, locationScope, type Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { localDate } from "@/lib/time/local-date";
import { DISPLAY_TIME_ZONE } from "@/lib/format/dates";
import type { InsightFiltersQuery } from "@/lib/validation/insights";
import { fullMonths, resolvePeriod, type InsightPeriod } from "./insight-period";

// What every insight query needs: the locations it may count (the actor's, narrowed by the filter)
// and the period with the one before it. Built once per page and handed to each insight.

export interface InsightRequest {
  /** null: every location (an admin without a location filter). */
  locationIds: string[] | null;
  period: InsightPeriod;
  compare: boolean;
}

/**
 * The actor's view of the filters: locations outside their scope are dropped (a manager who edits
 * the URL sees their own locations, never another's); none left means nothing to count.
 */
export function insightRequest(actor: Actor, filters: InsightFiltersQuery, today?: string): InsightRequest {
  assertCan(actor, "insights.view");
  const scope = locationScope(actor);
  const requested = [...new Set(filters.location)];
  let locationIds: string[] | null;
  if (requested.length === 0) locationIds = scope;
  else locationIds = scope === null ? requested : requested.filter((id) => scope.includes(id));
  if (requested.length > 0 && locationIds?.length === 0) locationIds = [];
  return {
    locationIds,
    period: resolvePeriod(
      { preset: filters.period, from: filters.from, to: filters.to },
      today ?? localDate(DISPLAY_TIME_ZONE),
    ),
    compare: filters.compare,
  };
}

/** The rollup rows of the request's locations. */
export function atLocations(
  request: InsightRequest,
  column: Prisma.Sql = Prisma.sql`"locationId"`,
): Prisma.Sql {
  if (request.locationIds === null) return Prisma.sql`true`;
  return Prisma.sql`${column} = ANY(${request.locationIds}::uuid[])`;
}

/** Rows of both periods: [previousFrom, to]. */
export function inBothPeriods(request: InsightRequest, column: Prisma.Sql = Prisma.sql`day`): Prisma.Sql {
  return Prisma.sql`${column} BETWEEN ${request.period.previousFrom}::date AND ${request.period.to}::date`;
}

/** True for a day of the period itself, false for one of the period before. */
export function isCurrent(request: InsightRequest, column: Prisma.Sql = Prisma.sql`day`): Prisma.Sql {
  return Prisma.sql`(${column} >= ${request.period.from}::date)`;
}

/** The first day of the day's bucket, as text: a calendar month, or a week from its period's start. */
export function bucketOfSql(request: InsightRequest, column: Prisma.Sql = Prisma.sql`day`): Prisma.Sql {
  const { period } = request;
  if (period.bucket === "month") return Prisma.sql`date_trunc('month', ${column})::date::text`;
  return Prisma.sql`(CASE WHEN ${column} >= ${period.from}::date
      THEN ${period.from}::date + ((${column} - ${period.from}::date) / 7) * 7
      ELSE ${period.previousFrom}::date + ((${column} - ${period.previousFrom}::date) / 7) * 7 END)::text`;
}

/**
 * The rows of a rollup for both periods, as a subquery with a `day` column: its daily table, except
 * that a period shown per month (or a statement with no buckets) reads its whole months from the monthly table (each month's row on
 * its first day, so month buckets and the current/previous split come out the same) and only the
 * partial months at its edges from the daily one: a year reads about 30 times fewer rows.
 */
export function rollupRows(
  request: InsightRequest,
  daily: string,
  monthly: string,
  columns: string,
  /** Whether the statement counts per bucket; one that only counts per period reads months always. */
  { isBucketed = true }: { isBucketed?: boolean } = {},
): Prisma.Sql {
  const { period } = request;
  const where = Prisma.sql`${inBothPeriods(request)} AND ${atLocations(request)}`;
  const dailyRows = (extra: Prisma.Sql) =>
    Prisma.sql`SELECT ${Prisma.raw(columns)}, day FROM ${Prisma.raw(`"${daily}"`)} WHERE ${where} AND ${extra}`;
  if (isBucketed && period.bucket !== "month") return dailyRows(Prisma.sql`true`);
  const months = [
    fullMonths(period.from, period.to),
    fullMonths(period.previousFrom, period.previousTo),
  ].filter((range): range is [string, string] => range !== null);
  if (months.length === 0) return dailyRows(Prisma.sql`true`);
  const inMonths = (column: string) =>
    Prisma.join(
      months.map(
        ([first, last]) =>
          Prisma.sql`${Prisma.raw(column)} BETWEEN ${first}::date AND (${last}::date + interval '1 month' - interval '1 day')::date`,
      ),
      " OR ",
    );
  return Prisma.sql`${dailyRows(Prisma.sql`NOT (${inMonths("day")})`)}
    UNION ALL
    SELECT ${Prisma.raw(columns)}, month AS day FROM ${Prisma.raw(`"${monthly}"`)}
    WHERE (${inMonths("month")}) AND ${atLocations(request)}`;
}
