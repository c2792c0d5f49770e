import "server-only";
import { cache } from "react";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { maskIdentifier } from "@/lib/privacy/mask";
import { customerVisibleTo } from "./customer-scope";
import type { Customer, Identity, JourneyEvent } from "@/lib/generated/prisma/client";

import { customerId } from "@/lib/validation/customers";

export const PROFILE_EVENT_LIMIT = 50;

export type ProfileCustomer = Pick<
  Customer,
  | "id"
  | "firstName"
  | "lastName"
  | "preferredName"
  | "salutation"
  | "language"
  | "city"
  | "firstTouchChannel"
  | "firstTouchSource"
  | "firstSeenAt"
  | "lastSeenAt"
>;

export type ProfileIdentity = Pick<Identity, "id" | "type" | "rawValue" | "normalizedValue">;

export type TimelineEvent = Pick<
  JourneyEvent,
  "id" | "type" | "name" | "channel" | "direction" | "occurredAt" | "summary"
> & {
  locationName: string | null;
};

export type CustomerProfile = {
  customer: ProfileCustomer;
  identities: ProfileIdentity[];
  /** Newest first, at most PROFILE_EVENT_LIMIT. */
  events: TimelineEvent[];
  hasMoreEvents: boolean;
};

/**
 * Everything the profile page shows, in two queries run side by side: the customer with their
 * identities, and the latest events (walking the (customerId, occurredAt desc, id desc) index).
 * Returns null for an id that is malformed, unknown or outside the actor's locations, so callers
 * answer 404 for all three and never reveal that a customer exists elsewhere.
 * Cached per request so the page and its metadata share one fetch, and the view is audited once.
 */
export const getCustomerProfile = cache(async (actor: Actor, id: string): Promise<CustomerProfile | null> => {
  assertCan(actor, "customer.view");
  const parsed = customerId.safeParse(id);
  if (!parsed.success) return null;

  const [customers, events] = await Promise.all([
    db.$queryRaw<(ProfileCustomer & { identities: ProfileIdentity[] })[]>`
      SELECT c.id, c."firstName", c."lastName", c."preferredName", c.salutation, c.language, c.city,
        c."firstTouchChannel", c."firstTouchSource", c."firstSeenAt", c."lastSeenAt",
        COALESCE((
          SELECT json_agg(json_build_object('id', i.id, 'type', i.type, 'rawValue', i."rawValue",
            'normalizedValue', i."normalizedValue") ORDER BY i."createdAt", i.id)
          FROM "Identity" i WHERE i."customerId" = c.id
        ), '[]'::json) AS identities
      FROM "Customer" c
      WHERE c.id = ${parsed.data}::uuid AND ${customerVisibleTo(actor, Prisma.sql`c.id`)}`,
    db.$queryRaw<TimelineEvent[]>`
      SELECT e.id, e.type, e.name, e.channel, e.direction, e."occurredAt", e.summary, l.name AS "locationName"
      FROM "JourneyEvent" e
      LEFT JOIN "Location" l ON l.id = e."locationId"
      WHERE e."customerId" = ${parsed.data}::uuid
      ORDER BY e."occurredAt" DESC, e.id DESC
      LIMIT ${PROFILE_EVENT_LIMIT + 1}`,
  ]);

  const row = customers[0];
  if (!row) return null;
  const { identities, ...customer } = row;
  await recordAudit({ action: "customer.view", actor, customerId: customer.id });
  // Masked here, on the server: roles without personal-data access never receive the values.
  const shownIdentities = can(actor.role, "customer.viewPersonalData")
    ? identities
    : identities.map((identity) => {
        const masked = maskIdentifier(identity.type, identity.normalizedValue);
        return { ...identity, rawValue: masked, normalizedValue: masked };
      });
  return {
    customer,
    identities: shownIdentities,
    events: events.slice(0, PROFILE_EVENT_LIMIT),
    hasMoreEvents: events.length > PROFILE_EVENT_LIMIT,
  };
});
