import "server-only";
import { assertCan, locationScope, type Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { localDate } from "@/lib/time/local-date";
import { DISPLAY_TIME_ZONE } from "@/lib/format/dates";
import type { InsightFiltersQuery } from "@/lib/validation/insights";
import { resolvePeriod, type InsightPeriod } from "./insight-period";

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
export function atLocations(request: InsightRequest, column: Prisma.Sql = Prisma.sql`"locationId"`): Prisma.Sql {
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
