import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { maskDeep } from "@/lib/privacy/mask-deep";
import type { TimelineEntry } from "./timeline-types";

// The columns of one timeline row, shared by the list, the event detail and the journal's answer, so
// all three send the browser the same shape.

/** Inner select list on "JourneyEvent" e: only what a row shows (the payload is read on expand). */
export const EVENT_COLUMNS = Prisma.sql`e.id, e.type, e.name, e.channel, e.direction, e."occurredAt", e.summary, e.reason,
  e."locationId", e.source, e."sourceEventId", e."withinPolicy", e."createdById"`;

/**
 * Outer select list on events e. Names come from scalar subqueries rather than joins: cheaper to
 * plan, and planning is most of what a 51-row page costs.
 */
export const TIMELINE_COLUMNS = Prisma.sql`e.id, e.type, e.name, e.channel, e.direction, e."occurredAt", e.summary, e.reason,
  e."locationId", e.source, e."sourceEventId", e."withinPolicy",
  (SELECT l.name FROM "Location" l WHERE l.id = e."locationId") AS "locationName",
  (SELECT s.name FROM "StaffUser" s WHERE s.id = e."createdById") AS "authorName"`;

export type TimelineRow = Omit<TimelineEntry, "occurredAt"> & { occurredAt: Date };

export function toTimelineEntry(row: TimelineRow): TimelineEntry {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    channel: row.channel,
    direction: row.direction,
    occurredAt: row.occurredAt.toISOString(),
    summary: row.summary,
    reason: row.reason,
    locationId: row.locationId,
    locationName: row.locationName,
    source: row.source,
    sourceEventId: row.sourceEventId,
    withinPolicy: row.withinPolicy,
    authorName: row.authorName,
  };
}

/**
 * The entry as a role without personal-data access receives it: every text in it can hold an email
 * address or a phone number (a note says "call her on 06 …", a source id is "signup-x@example.org"),
 * so all of them are masked, not only the ones meant as free text.
 */
export function maskTimelineEntry(entry: TimelineEntry): TimelineEntry {
  return maskDeep(entry);
}
