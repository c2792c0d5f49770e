import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  checkCustomersEligibility,
  getCustomersContactStatus,
} from "@/lib/eligibility/check-customers-eligibility";
import { getContactPolicy } from "@/lib/contact-policy/get-contact-policy";
import { loadEligibilityInputs } from "@/lib/eligibility/load-eligibility-inputs";
import { db } from "@/lib/db/client";
import { DEFAULT_CONTACT_POLICY } from "@/lib/validation/contact-policy";
import {
  addCase,
  addConsent,
  addInteraction,
  addOutbound,
  historyCustomer,
} from "../../factories/contact-history-factory";

const NOW = new Date("2026-06-10T10:00:00Z");
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const policy = { version: 0, settings: DEFAULT_CONTACT_POLICY };
const ALL = ["marketing_email", "survey"] as const;

describe("loadEligibilityInputs", () => {
  it("reads outbound contacts within the longest window, never after now, only for the asked customers", async () => {
    const [a, b] = [await historyCustomer(), await historyCustomer()];
    await addOutbound(a, "marketing_email", "email", ago(5));
    await addOutbound(a, "survey", "email", ago(80));
    await addOutbound(a, "marketing_sms", "sms", ago(95));
    await addOutbound(a, "marketing_sms", "sms", new Date(NOW.getTime() + 60_000));
    await addOutbound(b, "marketing_push", "app", ago(1));

    const marketingOnly = await loadEligibilityInputs([a], { now: NOW, policy, purposes: ["marketing_sms"] });
    expect(marketingOnly.get(a)?.outbound.map((contact) => contact.purpose)).toEqual(["marketing_email"]);
    expect(marketingOnly.has(b)).toBe(false);

    const withSurveys = await loadEligibilityInputs([a], { now: NOW, policy, purposes: ALL });
    expect(
      withSurveys
        .get(a)
        ?.outbound.map((contact) => contact.purpose)
        .sort(),
    ).toEqual(["marketing_email", "survey"]);
  });

  it("reads a subject's older surveys beyond the window when a subject is asked about", async () => {
    const customer = await historyCustomer();
    await addOutbound(customer, "survey", "email", ago(400), "BK1");
    const plain = await loadEligibilityInputs([customer], { now: NOW, policy, purposes: ["survey"] });
    expect(plain.get(customer)?.outbound).toEqual([]);
    const subject = await loadEligibilityInputs([customer], {
      now: NOW,
      policy,
      purposes: ["survey"],
      subjectCustomerIds: [customer],
    });
    expect(subject.get(customer)?.outbound).toEqual([
      { occurredAt: ago(400), purpose: "survey", channel: "email", subjectRef: "BK1" },
    ]);
  });

  it("keeps the latest consent per purpose and channel, a refusal winning a tie", async () => {
    const customer = await historyCustomer();
    await addConsent(customer, "promotions", "email", "granted", ago(300));
    await addConsent(customer, "promotions", "email", "denied", ago(100));
    await addConsent(customer, "promotions", "email", "granted", ago(10));
    await addConsent(customer, "promotions", "sms", "granted", ago(20));
    await addConsent(customer, "promotions", "sms", "denied", ago(20));
    await addConsent(customer, "surveys", "email", "denied", new Date(NOW.getTime() + DAY));
    const loaded = await loadEligibilityInputs([customer], { now: NOW, policy, purposes: ALL });
    const consents = loaded.get(customer)?.consents.map((c) => [c.purpose, c.channel, c.status]);
    expect(consents?.sort()).toEqual([
      ["promotions", "email", "granted"],
      ["promotions", "sms", "denied"],
    ]);
  });

  it("reads recent trivial interactions with payment amounts in euros", async () => {
    const customer = await historyCustomer();
    await addInteraction(customer, "address_change", ago(2));
    await addInteraction(customer, "address_change", ago(30));
    await addInteraction(customer, "payment", ago(1), { amount: 12.5 });
    await addInteraction(customer, "payment", ago(1), { amount: "80.00" });
    await addInteraction(customer, "payment", ago(1), { amount: 5, currency: "USD" });
    await addInteraction(customer, "payment", ago(1), { amount: "a lot" });
    await addInteraction(customer, "page_view", ago(1));
    const loaded = await loadEligibilityInputs([customer], { now: NOW, policy, purposes: ["survey"] });
    const interactions = loaded.get(customer)?.interactions.map((i) => [i.type, i.amount]);
    expect(interactions?.sort()).toEqual(
      [
        ["address_change", null],
        ["payment", 12.5],
        ["payment", 80],
        ["payment", null],
        ["payment", null],
      ].sort(),
    );
    const marketing = await loadEligibilityInputs([customer], {
      now: NOW,
      policy,
      purposes: ["marketing_email"],
    });
    expect(marketing.get(customer)?.interactions).toEqual([]);
  });

  it("reads open cases of any age and cases resolved within the waiting time", async () => {
    const customer = await historyCustomer();
    const open = await addCase(customer, "open", ago(400));
    const recent = await addCase(customer, "resolved", ago(3), new Date(NOW.getTime() - 10 * 3_600_000));
    await addCase(customer, "closed", ago(30), ago(20));
    const loaded = await loadEligibilityInputs([customer], { now: NOW, policy, purposes: ["survey"] });
    expect(
      loaded
        .get(customer)
        ?.cases.map((c) => c.reference)
        .sort(),
    ).toEqual([open, recent].sort());
  });
});

describe("checkCustomersEligibility and getCustomersContactStatus", () => {
  it("answer per request in order, null for unknown ids, with the pressure meter", async () => {
    const customer = await historyCustomer();
    await addConsent(customer, "promotions", "email", "granted", ago(300));
    for (const days of [1, 6, 12, 20]) await addOutbound(customer, "marketing_email", "email", ago(days));
    await addOutbound(customer, "survey", "email", ago(15));
    const caseRef = await addCase(customer, "open", ago(2));
    const check = await checkCustomersEligibility(
      [
        { customerId: customer, purpose: "marketing_email" },
        { customerId: randomUUID(), purpose: "survey" },
        { customerId: customer, purpose: "service_followup", subjectRef: caseRef },
        { customerId: customer, purpose: "service_followup" },
      ],
      { now: NOW, policy },
    );
    expect(check.results.map((result) => result?.allowed ?? null)).toEqual([false, null, true, false]);
    expect(check.results[3]?.reasons[0]?.rule).toBe("not_a_followup");
    expect(check.results[0]?.reasons.map((reason) => reason.rule)).toEqual(
      expect.arrayContaining(["marketing_budget", "marketing_channel_limit"]),
    );

    const status = await getCustomersContactStatus([customer], ["survey"], { now: NOW, policy });
    const entry = status.byCustomer.get(customer);
    expect(entry?.pressure).toMatchObject({ windowDays: 30, budget: 4, marketing: 4, isAtLimit: true });
    expect(entry?.pressure.byPurpose).toMatchObject({ marketing_email: 4, survey: 1 });
    expect(entry?.results.survey?.reasons.map((reason) => reason.rule)).toContain("survey_interval");
  });

  it("read the policy fresh: a saved version applies to the next call", async () => {
    expect((await getContactPolicy()).version).toBe(0);
    const settings = {
      ...DEFAULT_CONTACT_POLICY,
      marketing: { ...DEFAULT_CONTACT_POLICY.marketing, maxContacts: 2 },
    };
    await db.contactPolicy.create({ data: { version: 1, settings, note: "Budget 2" } });
    const current = await getContactPolicy();
    expect(current.version).toBe(1);
    expect(current.settings.marketing.maxContacts).toBe(2);
    await db.contactPolicy.deleteMany({});
  });
});
