import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/auth/errors";
import { can } from "@/lib/auth/permissions";
import { customerVisibleTo } from "@/lib/customers/customer-scope";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { customerId as uuid } from "@/lib/validation/customers";
import { maskPayload } from "./mask-payload";
import { TIMELINE_COLUMNS, toTimelineEntry, type TimelineRow } from "./timeline-row";
import type { TimelineEventDetail } from "./timeline-types";

type DetailRow = TimelineRow & {
  payload: unknown;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  createdAt: Date;
};

/**
 * Everything about one event, for when staff expand it. The event must belong to the customer and
 * the customer must be visible to the actor; anything else is a 404.
 */
export async function getTimelineEvent(
  actor: Actor,
  customerId: string,
  eventId: string,
): Promise<TimelineEventDetail> {
  assertCan(actor, "customer.view");
  const ids = [uuid.safeParse(customerId), uuid.safeParse(eventId)] as const;
  if (!ids[0].success || !ids[1].success) throw new NotFoundError("No such event.");

  const rows = await db.$queryRaw<DetailRow[]>`
    SELECT ${TIMELINE_COLUMNS}, e.payload, e."utmSource", e."utmMedium", e."utmCampaign", e."createdAt"
    FROM "JourneyEvent" e
    JOIN "Customer" c ON c.id = e."customerId"
    WHERE e.id = ${ids[1].data}::uuid AND e."customerId" = ${ids[0].data}::uuid
      AND ${customerVisibleTo(actor, Prisma.sql`c.id`)}`;
  const row = rows[0];
  if (!row) throw new NotFoundError("No such event.");
  const showPersonal = can(actor.role, "customer.viewPersonalData");
  return {
    ...toTimelineEntry(row),
    payload: showPersonal ? row.payload : maskPayload(row.payload),
    utmSource: row.utmSource,
    utmMedium: row.utmMedium,
    utmCampaign: row.utmCampaign,
    receivedAt: row.createdAt.toISOString(),
  };
}
