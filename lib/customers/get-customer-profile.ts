import "server-only";
import { cache } from "react";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, locationScope, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { DISPLAY_TIME_ZONE } from "@/lib/format/dates";
import type { JourneyEvent } from "@/lib/generated/prisma/client";
import { maskIdentifier } from "@/lib/privacy/mask";
import { localDate } from "@/lib/time/local-date";
import { customerId } from "@/lib/validation/customers";
import type { CardContext } from "./card-context";
import type {
  AdviceSection,
  Attention,
  KnownFacts,
  Relationship,
  Section,
  TodayVisit,
} from "./greeting-card-types";
import { toAttention } from "./read-attention";
import { readCardAdvice } from "./read-card-advice";
import { readCard, type ProfileCustomer, type ProfileIdentity } from "./read-greeting-card";
import { toKnownFacts } from "./read-known-facts";
import { toRelationship } from "./read-relationship";
import { toTodayVisit } from "./read-today-visit";

export type { ProfileCustomer, ProfileIdentity } from "./read-greeting-card";

/** An event as the first, server-rendered journey listed it (components/timeline/journey-timeline.tsx). */
export type TimelineEvent = Pick<
  JourneyEvent,
  "id" | "type" | "name" | "channel" | "direction" | "occurredAt" | "summary"
> & { locationName: string | null };

/** Everything the greeting card shows. Sections load independently: one failing leaves the rest. */
export type CustomerProfile = {
  customer: ProfileCustomer;
  /** Masked on the server for roles without customer.viewPersonalData. */
  identities: ProfileIdentity[];
  isMasked: boolean;
  /** The zone of the desk (the actor's first location), for the greeting's time of day. */
  deskTimeZone: string;
  now: Date;
  today: Section<TodayVisit>;
  attention: Section<Attention>;
  relationship: Section<Relationship>;
  facts: Section<KnownFacts>;
  advice: Section<AdviceSection>;
};

/** A section's outcome; a failure is logged here and shown as that section's error on the card. */
function section<T>(name: string, read: () => T): Section<T> {
  try {
    return { ok: true, data: read() };
  } catch (error) {
    console.error(`Greeting card section "${name}" failed:`, error);
    return { ok: false };
  }
}

async function adviceSection(...args: Parameters<typeof readCardAdvice>): Promise<Section<AdviceSection>> {
  try {
    return { ok: true, data: await readCardAdvice(...args) };
  } catch (error) {
    console.error(`Greeting card section "advice" failed:`, error);
    return { ok: false };
  }
}

function maskIdentities(identities: ProfileIdentity[]): ProfileIdentity[] {
  return identities.map((identity) => {
    const masked = maskIdentifier(identity.type, identity.normalizedValue);
    return { ...identity, rawValue: masked, normalizedValue: masked };
  });
}

/**
 * The greeting card's data in two round trips: the card's one statement (customer, visibility check
 * and every section), then, side by side, the advice (it hangs on today's pickup or the latest
 * order) and the audit entry. Returns null for an id that is malformed, unknown or outside the
 * actor's locations, so callers answer 404 for all three.
 * Cached per request so the page and its metadata share one load, and the view is audited once.
 */
export const getCustomerProfile = cache(async (actor: Actor, id: string): Promise<CustomerProfile | null> => {
  assertCan(actor, "customer.view");
  const parsed = customerId.safeParse(id);
  if (!parsed.success) return null;
  const now = new Date();
  const context: CardContext = {
    customerId: parsed.data,
    scope: locationScope(actor),
    today: localDate(DISPLAY_TIME_ZONE, now),
    now,
  };

  const [row] = await readCard(actor, context);
  if (!row) return null;
  const today = section("today", () => toTodayVisit(row.today));
  const relationship = section("relationship", () => toRelationship(row.relationship));
  const [advice] = await Promise.all([
    adviceSection(row.id, today, relationship),
    // Awaited: a view that cannot be put on record is not shown.
    recordAudit({ action: "customer.view", actor, customerId: row.id }),
  ]);

  const { identities, deskTimeZone, ...rest } = row;
  const customer: ProfileCustomer = {
    id: rest.id,
    firstName: rest.firstName,
    lastName: rest.lastName,
    preferredName: rest.preferredName,
    salutation: rest.salutation,
    language: rest.language,
    city: rest.city,
    firstTouchChannel: rest.firstTouchChannel,
    firstTouchSource: rest.firstTouchSource,
    firstSeenAt: rest.firstSeenAt,
    lastSeenAt: rest.lastSeenAt,
  };
  // Masked here, on the server: roles without personal-data access never receive the values.
  const isMasked = !can(actor.role, "customer.viewPersonalData");
  return {
    customer,
    identities: isMasked ? maskIdentities(identities) : identities,
    isMasked,
    deskTimeZone: deskTimeZone ?? DISPLAY_TIME_ZONE,
    now,
    today,
    attention: section("attention", () => toAttention(row.attention)),
    relationship,
    facts: section("facts", () => toKnownFacts(row.facts)),
    advice,
  };
});
