import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { DISPLAY_TIME_ZONE } from "@/lib/format/dates";
import type { TimelineCursor, TimelineFilters } from "@/lib/validation/timeline";
import { PREPARED } from "@/lib/db/prepared-statements";
import { EVENT_COLUMNS, TIMELINE_COLUMNS } from "./timeline-row";

/**
 * How many events one filtered request examines at most. Type, channel and location are not in the
 * (customerId, occurredAt, id) index, so a rare type in a 50,000-event history would otherwise scan
 * the whole history on every request; bounded, each request costs the same at any depth and a page
 * that finds fewer matches says where it stopped (the cursor) so the next request carries on there.
 */
export const FILTER_SCAN_WINDOW = 2000;

/** Conditions the index can range over: the customer, the cursor and the date range (desk days). */
export function rangeConditions(customerId: string, filters: TimelineFilters, cursor: TimelineCursor | null) {
  const conditions = [Prisma.sql`e."customerId" = ${customerId}::uuid`];
  if (cursor)
    conditions.push(
      Prisma.sql`(e."occurredAt", e.id) < (${cursor.occurredAt.toISOString()}::timestamp, ${cursor.id}::uuid)`,
    );
  if (filters.from)
    conditions.push(
      Prisma.sql`e."occurredAt" >= ((${filters.from}::date)::timestamp AT TIME ZONE ${DISPLAY_TIME_ZONE}) AT TIME ZONE 'UTC'`,
    );
  if (filters.to)
    conditions.push(
      Prisma.sql`e."occurredAt" < ((${filters.to}::date + 1)::timestamp AT TIME ZONE ${DISPLAY_TIME_ZONE}) AT TIME ZONE 'UTC'`,
    );
  return Prisma.join(conditions, " AND ");
}

/** Conditions checked row by row on alias w; null when none is set. */
export function rowConditions(filters: TimelineFilters): Prisma.Sql | null {
  const conditions: Prisma.Sql[] = [];
  if (filters.type?.length) conditions.push(Prisma.sql`w.type = ANY(${filters.type}::"EventType"[])`);
  if (filters.channel?.length) conditions.push(Prisma.sql`w.channel = ANY(${filters.channel}::"Channel"[])`);
  if (filters.location?.length)
    conditions.push(Prisma.sql`w."locationId" = ANY(${filters.location}::uuid[])`);
  return conditions.length ? Prisma.join(conditions, " AND ") : null;
}

const ORDER = Prisma.sql`ORDER BY e."occurredAt" DESC, e.id DESC`;

/**
 * One statement per page. `visible` gates everything: no row at all means the customer is unknown
 * or outside the actor's locations; one row with a null event means an empty page.
 */
export function unfilteredPageSql(visible: Prisma.Sql, range: Prisma.Sql, take: number): Prisma.Sql {
  // Prepared: its text only varies with the cursor, the date range and the actor's scope, so a
  // connection keeps a handful of plans, and scrolling skips planning.
  return Prisma.sql`${PREPARED}
    SELECT ${TIMELINE_COLUMNS}, NULL::int AS scanned, NULL::timestamp AS "edgeAt", NULL::uuid AS "edgeId"
    FROM ${visible}
    LEFT JOIN LATERAL (SELECT ${EVENT_COLUMNS} FROM "JourneyEvent" e WHERE ${range} ${ORDER} LIMIT ${take}) e ON true
    ${ORDER}`;
}

/** The filtered page: the next FILTER_SCAN_WINDOW events by the index, then the matches among them. */
export function filteredPageSql(
  visible: Prisma.Sql,
  range: Prisma.Sql,
  match: Prisma.Sql,
  take: number,
): Prisma.Sql {
  return Prisma.sql`
    WITH w AS MATERIALIZED (
      SELECT e.id, e."occurredAt", e.type, e.channel, e."locationId" FROM "JourneyEvent" e
      WHERE ${range} ${ORDER} LIMIT ${FILTER_SCAN_WINDOW})
    SELECT ${TIMELINE_COLUMNS}, (SELECT count(*) FROM w)::int AS scanned,
      (SELECT w."occurredAt" FROM w ORDER BY w."occurredAt", w.id LIMIT 1) AS "edgeAt",
      (SELECT w.id FROM w ORDER BY w."occurredAt", w.id LIMIT 1) AS "edgeId"
    FROM ${visible}
    LEFT JOIN LATERAL (SELECT w.id FROM w WHERE ${match} ORDER BY w."occurredAt" DESC, w.id DESC LIMIT ${take}) m ON true
    LEFT JOIN "JourneyEvent" e ON e.id = m.id
    ${ORDER}`;
}
