// History loaded in bulk is judged afterwards (npm run contacts:evaluate): each contact by the
// consent in force at its own time, and a claimed follow-up only when it answers the customer.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { evaluateStoredContacts } from "@/lib/eligibility/evaluate-stored-contacts";
import { loadEligibilityInputs } from "@/lib/eligibility/load-eligibility-inputs";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Channel, ContactPurpose, EventType } from "@/lib/generated/prisma/enums";
import { DEFAULT_CONTACT_POLICY } from "@/lib/validation/contact-policy";
import { addCase, addConsent, historyCustomer } from "../../factories/contact-history-factory";

const at = (date: number, time = "10:00") => new Date(`2026-11-${String(date).padStart(2, "0")}T${time}:00Z`);

/** A stored, not yet judged outbound contact, as the seed and the backfill leave them. */
async function unjudged(
  customerId: string,
  type: EventType,
  purpose: ContactPurpose,
  occurredAt: Date,
  payload?: Prisma.InputJsonObject,
  channel: Channel = "email",
): Promise<string> {
  const event = await db.journeyEvent.create({
    data: {
      customerId,
      type,
      channel,
      direction: "outbound",
      occurredAt,
      source: "bulk",
      sourceEventId: randomUUID(),
      summary: type,
      payload,
    },
  });
  await db.outboundContact.create({
    data: { eventId: event.id, customerId, purpose, channel, occurredAt, source: "bulk" },
  });
  return event.id;
}

const verdict = (eventId: string) =>
  db.outboundContact.findUniqueOrThrow({
    where: { eventId },
    select: {
      purpose: true,
      withinPolicy: true,
      violatedRules: true,
      event: { select: { withinPolicy: true } },
    },
  });

describe("evaluateStoredContacts", () => {
  it("judges each newsletter by the consent in force when it was sent", async () => {
    const customer = await historyCustomer();
    await addConsent(customer, "newsletter", "email", "granted", at(1));
    await addConsent(customer, "newsletter", "email", "denied", at(20));
    const between = await unjudged(customer, "newsletter_sent", "marketing_email", at(10));
    const after = await unjudged(customer, "newsletter_sent", "marketing_email", at(25));
    await evaluateStoredContacts(at(1));
    expect(await verdict(between)).toMatchObject({
      withinPolicy: true,
      violatedRules: [],
      event: { withinPolicy: true },
    });
    expect(await verdict(after)).toMatchObject({ withinPolicy: false, violatedRules: ["consent_refused"] });
  });

  it("judges a reply without a case as marketing and counts it; one within an open case stays a follow-up", async () => {
    const customer = await historyCustomer();
    await addConsent(customer, "promotions", "email", "granted", at(1));
    const caseRef = await addCase(customer, "open", at(2));
    const inCase = await unjudged(customer, "service_reply", "service_followup", at(3), { caseRef });
    const stray = await unjudged(customer, "service_reply", "service_followup", at(12, "08:00"));
    const offer = await unjudged(customer, "promotion_sent", "marketing_email", at(12, "12:00"));
    await evaluateStoredContacts(at(1));
    expect(await verdict(inCase)).toMatchObject({ purpose: "service_followup", withinPolicy: true });
    expect(await verdict(stray)).toMatchObject({
      purpose: "marketing_email",
      withinPolicy: false,
      violatedRules: ["not_a_followup"],
    });
    expect(await verdict(offer)).toMatchObject({
      withinPolicy: false,
      violatedRules: ["marketing_daily_limit"],
    });
  });
});

describe("loadEligibilityInputs with from", () => {
  const policy = { version: 0, settings: DEFAULT_CONTACT_POLICY };

  it("reads the consent in force at from and every change after it; without from only the latest", async () => {
    const customer = await historyCustomer();
    await addConsent(customer, "promotions", "email", "granted", at(1));
    await addConsent(customer, "promotions", "email", "denied", at(3));
    await addConsent(customer, "promotions", "email", "granted", at(10));
    await addConsent(customer, "promotions", "email", "denied", at(20));
    await addConsent(customer, "promotions", "email", "granted", at(28));
    const read = async (from?: Date) => {
      const loaded = await loadEligibilityInputs([customer], {
        now: at(25),
        from,
        policy,
        purposes: ["marketing_email"],
      });
      return loaded
        .get(customer)
        ?.consents.map((c) => [c.occurredAt.toISOString(), c.status])
        .sort();
    };
    expect(await read()).toEqual([[at(20).toISOString(), "denied"]]);
    expect(await read(at(5))).toEqual([
      [at(3).toISOString(), "denied"],
      [at(10).toISOString(), "granted"],
      [at(20).toISOString(), "denied"],
    ]);
  });
});
