import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { customerVisibleTo } from "@/lib/auth/customer-scope";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { maskDeep } from "@/lib/privacy/mask-deep";
import { customerId as uuid } from "@/lib/validation/customers";
import { maskPayload } from "./mask-payload";
import { TIMELINE_COLUMNS, toTimelineEntry, type TimelineRow } from "./timeline-row";
import type { TimelineEventDetail } from "./timeline-types";
import { notFound } from "@/lib/i18n/ref-errors";

type DetailRow = TimelineRow & {
  payload: unknown;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  createdAt: Date;
};

/**
 * Everything about one event, for when staff expand it. The event must belong to the customer and
 * the customer must be visible to the actor; anything else is a 404. Reading a payload is a look at
 * the customer's data beyond the profile, so it is audited (customer.viewEvent) before it is shown.
 */
export async function getTimelineEvent(
  actor: Actor,
  customerId: string,
  eventId: string,
): Promise<TimelineEventDetail> {
  assertCan(actor, "customer.view");
  const ids = [uuid.safeParse(customerId), uuid.safeParse(eventId)] as const;
  if (!ids[0].success || !ids[1].success) throw notFound("errors.notFound.event");

  const rows = await db.$queryRaw<DetailRow[]>`
    SELECT ${TIMELINE_COLUMNS}, e.payload, e."utmSource", e."utmMedium", e."utmCampaign", e."createdAt"
    FROM "JourneyEvent" e
    JOIN "Customer" c ON c.id = e."customerId"
    WHERE e.id = ${ids[1].data}::uuid AND e."customerId" = ${ids[0].data}::uuid
      AND ${customerVisibleTo(actor, Prisma.sql`c.id`)}`;
  const row = rows[0];
  if (!row) throw notFound("errors.notFound.event");
  // Awaited: a look that cannot be put on record is not shown.
  await recordAudit({
    action: "customer.viewEvent",
    actor,
    customerId: ids[0].data,
    details: { eventId: row.id, type: row.type },
  });
  const entry = toTimelineEntry(row);
  const detail: TimelineEventDetail = {
    ...entry,
    payload: row.payload,
    utmSource: row.utmSource,
    utmMedium: row.utmMedium,
    utmCampaign: row.utmCampaign,
    receivedAt: row.createdAt.toISOString(),
  };
  if (can(actor.role, "customer.viewPersonalData")) return detail;
  return { ...maskDeep({ ...detail, payload: null }), payload: maskPayload(row.payload) };
}
