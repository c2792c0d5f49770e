import { describe, expect, it } from "vitest";
import type { Channel, ContactPurpose } from "@/lib/generated/prisma/enums";
import { DEFAULT_CONTACT_POLICY } from "@/lib/validation/contact-policy";
import { before, DAY, eligibilityInput, policy } from "@/tests/factories/eligibility-factory";
import { checkEligibility } from "@/lib/eligibility/check-eligibility";

const NOW = new Date("2026-06-10T12:00:00+02:00");
const SECOND = 1000;

type Contact = [ageMs: number, channel: Channel];
const purposeOf: Record<string, ContactPurpose> = {
  email: "marketing_email",
  sms: "marketing_sms",
  app: "marketing_push",
};
const history = (contacts: Contact[]) =>
  contacts.map(([age, channel]) => ({
    occurredAt: before(NOW, age),
    purpose: purposeOf[channel] ?? "marketing_email",
    channel,
    subjectRef: null,
  }));

const budget = (maxContacts: number) =>
  policy({ marketing: { ...DEFAULT_CONTACT_POLICY.marketing, maxContacts } });

describe("marketing budget: 4 per rolling 30 days across channels", () => {
  it.each([
    { name: "no contacts", contacts: [], allowed: true },
    {
      name: "3 contacts: the 4th is allowed",
      contacts: [
        [3 * DAY, "sms"],
        [10 * DAY, "app"],
        [20 * DAY, "email"],
      ],
      allowed: true,
    },
    {
      name: "4 contacts: the 5th is denied until the oldest leaves the window",
      contacts: [
        [3 * DAY, "sms"],
        [10 * DAY, "app"],
        [20 * DAY, "email"],
        [25 * DAY, "sms"],
      ],
      allowed: false,
      earliest: new Date(NOW.getTime() + 5 * DAY),
    },
    {
      name: "the oldest exactly 30 days ago no longer counts",
      contacts: [
        [3 * DAY, "sms"],
        [10 * DAY, "app"],
        [20 * DAY, "email"],
        [30 * DAY, "sms"],
      ],
      allowed: true,
    },
    {
      name: "the oldest one second short of 30 days still counts",
      contacts: [
        [3 * DAY, "sms"],
        [10 * DAY, "app"],
        [20 * DAY, "email"],
        [30 * DAY - SECOND, "sms"],
      ],
      allowed: false,
      earliest: new Date(NOW.getTime() + SECOND),
    },
    {
      name: "surveys and service replies don't count",
      contacts: [
        [3 * DAY, "sms"],
        [10 * DAY, "app"],
        [20 * DAY, "email"],
      ],
      extra: [
        {
          occurredAt: before(NOW, DAY),
          purpose: "survey" as const,
          channel: "email" as const,
          subjectRef: null,
        },
        {
          occurredAt: before(NOW, 2 * DAY),
          purpose: "service_followup" as const,
          channel: "email" as const,
          subjectRef: null,
        },
      ],
      allowed: true,
    },
  ] satisfies { name: string; contacts: Contact[]; allowed: boolean; earliest?: Date; extra?: unknown[] }[])(
    "$name",
    ({ contacts, allowed, earliest, ...rest }) => {
      const extra = "extra" in rest ? (rest.extra as ReturnType<typeof history>) : [];
      const result = checkEligibility(
        eligibilityInput({ now: NOW, outbound: [...history(contacts), ...extra] }),
      );
      expect(result.allowed).toBe(allowed);
      expect(result.reasons.map((reason) => reason.rule)).toEqual(allowed ? [] : ["marketing_budget"]);
      if (earliest) expect(result.earliestAllowedAt).toEqual(earliest);
    },
  );

  it("says how many and from when", () => {
    const contacts: Contact[] = [
      [3 * DAY, "sms"],
      [10 * DAY, "app"],
      [20 * DAY, "email"],
      [25 * DAY, "sms"],
    ];
    const result = checkEligibility(eligibilityInput({ now: NOW, outbound: history(contacts) }));
    expect(result.reasons[0]?.message).toBe(
      "4 marketing contacts in the last 30 days (limit 4); the next is allowed from 15 Jun at 12:00",
    );
  });

  it("follows the policy: a budget of 2 denies the 3rd", () => {
    const contacts: Contact[] = [
      [3 * DAY, "sms"],
      [10 * DAY, "app"],
    ];
    const input = eligibilityInput({ now: NOW, outbound: history(contacts) });
    expect(checkEligibility(input).allowed).toBe(true);
    const result = checkEligibility({ ...input, policy: budget(2) });
    expect(result.allowed).toBe(false);
    expect(result.reasons[0]?.message).toContain("(limit 2)");
  });
});

describe("marketing: 1 per calendar day in the customer's time zone", () => {
  it.each([
    { name: "this morning at 09:00", at: "2026-06-10T09:00:00+02:00", allowed: false },
    { name: "at local midnight today", at: "2026-06-10T00:00:00+02:00", allowed: false },
    { name: "late last night, 23:59", at: "2026-06-09T23:59:00+02:00", allowed: true },
  ])("a contact $name", ({ at, allowed }) => {
    const outbound = [
      {
        occurredAt: new Date(at),
        purpose: "marketing_sms" as const,
        channel: "sms" as const,
        subjectRef: null,
      },
    ];
    const result = checkEligibility(eligibilityInput({ now: NOW, outbound }));
    expect(result.allowed).toBe(allowed);
    if (!allowed) {
      expect(result.reasons.map((reason) => reason.rule)).toEqual(["marketing_daily_limit"]);
      // Midnight is in quiet hours, so the next contact waits for 08:00.
      expect(result.earliestAllowedAt).toEqual(new Date("2026-06-11T08:00:00+02:00"));
      expect(result.reasons[0]?.message).toBe(
        "Already contacted with marketing today (limit 1 a day); the next is allowed from tomorrow",
      );
    }
  });

  it("allows a second one when the policy allows 2 a day", () => {
    const outbound = history([[2 * 3_600_000, "sms"]]);
    const settings = { ...DEFAULT_CONTACT_POLICY.marketing, maxPerDay: 2 };
    expect(
      checkEligibility(eligibilityInput({ now: NOW, outbound, policy: policy({ marketing: settings }) }))
        .allowed,
    ).toBe(true);
  });
});

describe("marketing: 2 per channel per rolling 7 days", () => {
  const twoEmails = history([
    [2 * DAY, "email"],
    [5 * DAY, "email"],
  ]);

  it.each([
    { purpose: "marketing_email" as const, allowed: false },
    { purpose: "marketing_sms" as const, allowed: true },
    { purpose: "marketing_push" as const, allowed: true },
  ])("two emails this week: $purpose allowed = $allowed", ({ purpose, allowed }) => {
    const result = checkEligibility(eligibilityInput({ now: NOW, purpose, outbound: twoEmails }));
    expect(result.allowed).toBe(allowed);
    if (!allowed) {
      expect(result.reasons.map((reason) => reason.rule)).toEqual(["marketing_channel_limit"]);
      expect(result.earliestAllowedAt).toEqual(new Date(NOW.getTime() + 2 * DAY));
    }
  });

  it.each([
    { name: "exactly 7 days ago no longer counts", age: 7 * DAY, allowed: true },
    { name: "one second short of 7 days still counts", age: 7 * DAY - SECOND, allowed: false },
  ])("the older email $name", ({ age, allowed }) => {
    const outbound = history([
      [2 * DAY, "email"],
      [age, "email"],
    ]);
    expect(checkEligibility(eligibilityInput({ now: NOW, outbound })).allowed).toBe(allowed);
  });
});
