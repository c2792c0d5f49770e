import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CONSENTED_PURPOSES,
  DEFAULT_CONTACT_POLICY,
  type ContactPolicySettings,
} from "@/lib/validation/contact-policy";
import { DAY, HOUR } from "@/tests/factories/eligibility-factory";
import { checkEligibility } from "./check-eligibility";
import {
  CONTACT_PURPOSES,
  isMarketingPurpose,
  MARKETING_CHANNEL,
  type EligibilityInput,
  type OutboundContactInput,
} from "./eligibility-types";

// Histories end at "now": anything later would be a new event arriving.

const ZONES = [
  "Europe/Amsterdam",
  "America/New_York",
  "Australia/Lord_Howe",
  "America/Santiago",
  "Asia/Kolkata",
  "UTC",
];
const EVENT_TYPES = [
  "address_change",
  "password_reset",
  "info_question",
  "invoice_copy",
  "payment",
  "check_out",
] as const;

const nowArb = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 11, 31) });
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30))
  .map(([hour, minute]) => `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`);

function settingsArb(now: number): fc.Arbitrary<ContactPolicySettings> {
  const nearbyDay = fc
    .integer({ min: -3, max: 40 })
    .map((offset) => new Date(now + offset * DAY).toISOString().slice(0, 10));
  return fc.record({
    marketing: fc.record({
      maxContacts: fc.integer({ min: 1, max: 6 }),
      windowDays: fc.integer({ min: 1, max: 45 }),
      maxPerDay: fc.integer({ min: 1, max: 3 }),
      maxPerChannel: fc.integer({ min: 1, max: 4 }),
      channelWindowDays: fc.integer({ min: 1, max: 14 }),
    }),
    surveys: fc.record({
      minDaysBetween: fc.integer({ min: 0, max: 120 }),
      trivialInteractions: fc.subarray([...EVENT_TYPES]),
      trivialPaymentBelow: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      trivialBlockDays: fc.integer({ min: 1, max: 14 }),
      hoursAfterCaseResolved: fc.integer({ min: 0, max: 72 }),
      onePerSubject: fc.boolean(),
    }),
    quietHours: fc.record({ start: clock, end: clock, dates: fc.uniqueArray(nearbyDay, { maxLength: 4 }) }),
    consent: fc.constant(DEFAULT_CONTACT_POLICY.consent),
    proactiveSocial: fc.constantFrom("forbidden" as const, "safety_only" as const),
  });
}

const pastTime = (now: number) => fc.integer({ min: now - 150 * DAY, max: now }).map((at) => new Date(at));
const outboundArb = (now: number): fc.Arbitrary<OutboundContactInput> =>
  fc.record({
    occurredAt: pastTime(now),
    purpose: fc.constantFrom(...CONTACT_PURPOSES),
    channel: fc.constantFrom("email" as const, "sms" as const, "app" as const),
    subjectRef: fc.constantFrom(null, "BK1", "CS2"),
  });

const inputArb: fc.Arbitrary<EligibilityInput> = nowArb.chain((now) =>
  fc.record({
    now: fc.constant(new Date(now)),
    customer: fc.record({ timeZone: fc.constantFrom(...ZONES) }),
    policy: fc.record({ version: fc.nat(20), settings: settingsArb(now) }),
    purpose: fc.constantFrom(...CONTACT_PURPOSES),
    outbound: fc.array(outboundArb(now), { maxLength: 12 }),
    interactions: fc.array(
      fc.record({
        type: fc.constantFrom(...EVENT_TYPES),
        occurredAt: pastTime(now),
        amount: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
      }),
      { maxLength: 4 },
    ),
    cases: fc.array(
      fc.record({
        reference: fc.constantFrom("CS1", "CS2"),
        kind: fc.constantFrom("complaint" as const, "question" as const),
        status: fc.constantFrom("open" as const, "pending" as const, "resolved" as const, "closed" as const),
        openedAt: pastTime(now),
        closedAt: fc.option(
          fc.integer({ min: now - 5 * DAY, max: now + 3 * DAY }).map((at) => new Date(at)),
          { nil: null },
        ),
      }),
      { maxLength: 2 },
    ),
    consents: fc.array(
      fc.record({
        purpose: fc.constantFrom("promotions" as const, "surveys" as const, "newsletter" as const),
        channel: fc.constantFrom("email" as const, "sms" as const, "app" as const),
        status: fc.constantFrom("granted" as const, "denied" as const),
        occurredAt: pastTime(now),
      }),
      { maxLength: 8 },
    ),
    subjectRef: fc.constantFrom(undefined, "BK1", "bk 1", "CS2"),
    isSafetyIssue: fc.boolean(),
  }),
);

describe("eligibility engine (properties)", () => {
  it("a refused consent always gives denied", () => {
    const consented = fc.constantFrom(...CONSENTED_PURPOSES);
    fc.assert(
      fc.property(inputArb, consented, fc.integer({ min: 0, max: 400 * DAY }), (input, purpose, age) => {
        const channel = isMarketingPurpose(purpose) ? MARKETING_CHANNEL[purpose] : "email";
        const required = input.policy.settings.consent.required[purpose];
        const refusedAt = new Date(
          Math.max(input.now.getTime() - age, ...input.consents.map((c) => c.occurredAt.getTime())),
        );
        const consents = [
          ...input.consents,
          ...required.map((consentPurpose) => ({
            purpose: consentPurpose,
            channel,
            status: "denied" as const,
            occurredAt: refusedAt,
          })),
        ];
        const result = checkEligibility({ ...input, purpose, consents });
        expect(result.allowed).toBe(false);
        expect(result.earliestAllowedAt).toBeNull();
        expect(result.reasons.some((reason) => reason.rule === "consent_refused")).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("the earliest allowed moment, fed back as now, is allowed", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = checkEligibility(input);
        if (result.earliestAllowedAt === null) return;
        expect(result.earliestAllowedAt.getTime()).toBeGreaterThanOrEqual(input.now.getTime());
        const later = checkEligibility({ ...input, now: result.earliestAllowedAt });
        expect(later.reasons).toEqual([]);
        expect(later.allowed).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it("adding an outbound contact never turns denied into allowed", () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) => fc.tuple(fc.constant(input), outboundArb(input.now.getTime()))),
        ([input, extra]) => {
          const result = checkEligibility(input);
          const after = checkEligibility({ ...input, outbound: [...input.outbound, extra] });
          if (!result.allowed) expect(after.allowed).toBe(false);
          // Nor does it bring the earliest moment forward.
          if (result.earliestAllowedAt === null) expect(after.earliestAllowedAt).toBeNull();
          else if (after.earliestAllowedAt !== null)
            expect(after.earliestAllowedAt.getTime()).toBeGreaterThanOrEqual(
              result.earliestAllowedAt.getTime(),
            );
        },
      ),
      { numRuns: 800 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(checkEligibility(input)).toEqual(checkEligibility(input));
      }),
      { numRuns: 200 },
    );
  });

  it("without history only quiet time denies, and never for longer than the quiet dates plus a night", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const consents = [
          {
            purpose: "promotions" as const,
            channel: "sms" as const,
            status: "granted" as const,
            occurredAt: new Date(0),
          },
        ];
        const result = checkEligibility({ ...input, purpose: "marketing_sms", outbound: [], consents });
        for (const reason of result.reasons) expect(["quiet_hours", "quiet_date"]).toContain(reason.rule);
        const wait = (result.earliestAllowedAt?.getTime() ?? Infinity) - input.now.getTime();
        expect(wait).toBeLessThanOrEqual(
          (input.policy.settings.quietHours.dates.length + 1) * DAY + 2 * HOUR,
        );
      }),
      { numRuns: 300 },
    );
  });
});
