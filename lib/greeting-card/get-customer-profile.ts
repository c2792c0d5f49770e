import "server-only";
import { cache } from "react";
import { assertCan, locationScope, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { DISPLAY_TIME_ZONE } from "@/lib/format/dates";
import { maskIdentifier } from "@/lib/privacy/mask";
import { maskDeep } from "@/lib/privacy/mask-deep";
import { localDate } from "@/lib/time/local-date";
import { customerId } from "@/lib/validation/customers";
import type { CardContext } from "./card-context";
import type { AdviceSection, Attention, KnownFacts, Relationship, Section, TodayVisit } from "./card-types";
import { toAttention } from "./attention-sql";
import { readCardAdvice } from "./load-card-advice";
import { readCard, type ProfileCustomer, type ProfileIdentity } from "./load-greeting-card";
import { toKnownFacts } from "./known-facts-sql";
import { toRelationship } from "./relationship-sql";
import { toTodayVisit } from "./today-visit-sql";

export type { ProfileCustomer, ProfileIdentity } from "./load-greeting-card";

/** Everything the greeting card shows. Sections load independently: one failing leaves the row. */
export type CustomerProfile = {
  customer: ProfileCustomer;
  /** Masked on the server for roles without customer.viewPersonalData. */
  identities: ProfileIdentity[];
  isMasked: boolean;
  /** The zone of the desk (the actor's first location): the greeting's time of day and "today". */
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
 * The card's row, read for the desk's calendar day. The desk's zone arrives with the row, so the
 * statement first runs for the day in DISPLAY_TIME_ZONE; only a desk whose day differs from it
 * right now (a zone far from Amsterdam, around midnight) costs a second read.
 */
async function readCardForDesk(actor: Actor, context: CardContext) {
  const [row] = await readCard(actor, context);
  if (!row) return null;
  const deskTimeZone = row.deskTimeZone ?? DISPLAY_TIME_ZONE;
  const deskToday = localDate(deskTimeZone, context.now);
  if (deskToday === context.today) return { row, deskTimeZone };
  const [again] = await readCard(actor, { ...context, today: deskToday });
  return again ? { row: again, deskTimeZone } : null;
}

/**
 * The greeting card's data in two round trips: the card's one statement (customer, visibility check
 * and every section), then the advice (it hangs on today's pickup or the latest order). Returns null
 * for an id that is malformed, unknown or outside the actor's locations, so callers answer 404 for
 * all three. Not audited here: the page records the view (lib/audit/record-profile-view.ts) when a
 * person opens it, never when the title is read or a link prefetched.
 * Cached per request so the page and its metadata share one load.
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

  const read = await readCardForDesk(actor, context);
  if (!read) return null;
  const { row, deskTimeZone } = read;
  const today = section("today", () => toTodayVisit(row.today));
  const relationship = section("relationship", () => toRelationship(row.relationship));
  const advice = await adviceSection(row.id, today, relationship);

  const customer: ProfileCustomer = {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    preferredName: row.preferredName,
    salutation: row.salutation,
    language: row.language,
    city: row.city,
    firstTouchChannel: row.firstTouchChannel,
    firstTouchSource: row.firstTouchSource,
    firstSeenAt: row.firstSeenAt,
    lastSeenAt: row.lastSeenAt,
  };
  // Masked here, on the server: roles without personal-data access never receive the values, not
  // in an identity and not inside any text of the card (a note, a fact, a product name, a campaign
  // tag can hold an email address or a phone number).
  const isMasked = !can(actor.role, "customer.viewPersonalData");
  const profile: CustomerProfile = {
    customer,
    identities: isMasked ? maskIdentities(row.identities) : row.identities,
    isMasked,
    deskTimeZone,
    now,
    today,
    attention: section("attention", () => toAttention(row.attention)),
    relationship,
    facts: section("facts", () => toKnownFacts(row.facts)),
    advice,
  };
  return isMasked ? maskDeep(profile) : profile;
});
