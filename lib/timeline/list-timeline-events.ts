import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { customerVisibleTo } from "@/lib/auth/customer-scope";
import { readHeavyRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { customerId as customerIdSchema } from "@/lib/validation/customers";
import { parseInput } from "@/lib/validation/parse";
import {
  compactFilters,
  encodeTimelineCursor,
  TIMELINE_PAGE_SIZE,
  timelineCursor,
  type TimelineCursor,
  type TimelineFilters,
} from "@/lib/validation/timeline";
import { maskTimelineEntry, toTimelineEntry, type TimelineRow } from "./timeline-row";
import {
  FILTER_SCAN_WINDOW,
  filteredPageSql,
  rangeConditions,
  rowConditions,
  unfilteredPageSql,
} from "./timeline-sql";
import type { TimelinePage } from "./timeline-types";
import { notFound } from "@/lib/i18n/ref-errors";

type PageRow = TimelineRow & { scanned: number | null; edgeAt: Date | null; edgeId: string | null };

export interface ListTimelineOptions {
  filters?: TimelineFilters;
  /** Decoded, or the opaque string from the URL (a bad one is a ValidationError → 400). */
  cursor?: TimelineCursor | string | null;
  limit?: number;
}

/**
 * One page of a customer's journey, newest first, walking the ("customerId", "occurredAt" DESC, id DESC)
 * index from the cursor with a row comparison: no OFFSET, so page 200 costs what page 1 costs.
 * Filters on type, channel or location examine a bounded window per request (see FILTER_SCAN_WINDOW).
 * The visibility check rides in the same statement; an unknown or out-of-scope customer is a 404.
 * Not audited here: the profile page's own view entry covers its first page, and the API route
 * records a view for a first page it serves (a new filter, or a direct call).
 */
export async function listTimelineEvents(
  actor: Actor,
  customerId: string,
  options: ListTimelineOptions = {},
): Promise<TimelinePage> {
  assertCan(actor, "customer.view");
  const id = customerIdSchema.safeParse(customerId);
  if (!id.success) throw notFound("errors.notFound.customer");
  const filters = compactFilters(options.filters ?? {});
  const cursor =
    typeof options.cursor === "string"
      ? parseInput(timelineCursor, options.cursor)
      : (options.cursor ?? null);
  const limit = Math.min(Math.max(options.limit ?? TIMELINE_PAGE_SIZE, 1), 100);

  const visible = Prisma.sql`(SELECT c.id FROM "Customer" c
    WHERE c.id = ${id.data}::uuid AND ${customerVisibleTo(actor, Prisma.sql`c.id`)}) c`;
  const range = rangeConditions(id.data, filters, cursor);
  const match = rowConditions(filters);
  const rows = await readHeavyRows<PageRow>(
    match ? filteredPageSql(visible, range, match, limit + 1) : unfilteredPageSql(visible, range, limit + 1),
  );

  const first = rows[0];
  if (!first) throw notFound("errors.notFound.customer");
  const events = rows.filter((row) => row.id !== null).map(toTimelineEntry);
  const page = events.slice(0, limit);
  const last = page.at(-1);
  let next: TimelineCursor | null = null;
  if (events.length > limit && last) next = { occurredAt: new Date(last.occurredAt), id: last.id };
  // A filtered page that examined its whole window without filling up continues after the window.
  else if (first.scanned === FILTER_SCAN_WINDOW && first.edgeAt && first.edgeId)
    next = { occurredAt: first.edgeAt, id: first.edgeId };
  const isMasked = !can(actor.role, "customer.viewPersonalData");
  return {
    events: isMasked ? page.map(maskTimelineEntry) : page,
    nextCursor: next ? encodeTimelineCursor(next) : null,
    searchedBackTo: next && events.length < limit ? next.occurredAt.toISOString() : null,
    filters,
  };
}
