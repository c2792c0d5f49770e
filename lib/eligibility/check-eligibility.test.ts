import { describe, expect, it } from "vitest";
import { DAY, eligibilityInput, policy } from "@/tests/factories/eligibility-factory";
import { checkEligibility, checkEligibilityForPurposes } from "./check-eligibility";
import { contactPurposeOf, subjectRefOf, type ContactEventShape } from "./eligibility-types";

const NIGHT = new Date("2026-06-10T23:30:00+02:00");

describe("service follow-up", () => {
  it("is always allowed: at night, over budget, without consent", () => {
    const outbound = Array.from({ length: 8 }, (_, index) => ({
      occurredAt: new Date(NIGHT.getTime() - (index + 1) * DAY),
      purpose: "marketing_email" as const,
      channel: "email" as const,
      subjectRef: null,
    }));
    const result = checkEligibility(
      eligibilityInput({ now: NIGHT, purpose: "service_followup", outbound, consents: [] }),
    );
    expect(result).toEqual({
      purpose: "service_followup",
      allowed: true,
      reasons: [],
      earliestAllowedAt: NIGHT,
      policyVersion: 1,
    });
  });
});

describe("proactive social contact", () => {
  it.each([
    { mode: "forbidden" as const, isSafetyIssue: false, rule: "proactive_social_forbidden" },
    { mode: "forbidden" as const, isSafetyIssue: true, rule: "proactive_social_forbidden" },
    { mode: "safety_only" as const, isSafetyIssue: false, rule: "proactive_social_not_safety" },
    { mode: "safety_only" as const, isSafetyIssue: true, rule: null },
  ])("policy $mode, safety issue $isSafetyIssue", ({ mode, isSafetyIssue, rule }) => {
    const result = checkEligibility(
      eligibilityInput({
        now: NIGHT,
        purpose: "proactive_social",
        isSafetyIssue,
        policy: policy({ proactiveSocial: mode }),
      }),
    );
    expect(result.allowed).toBe(rule === null);
    expect(result.reasons.map((reason) => reason.rule)).toEqual(rule ? [rule] : []);
    if (rule) expect(result.earliestAllowedAt).toBeNull();
  });
});

describe("results", () => {
  it("carry the policy version and one result per purpose", () => {
    const results = checkEligibilityForPurposes({ ...eligibilityInput({ policy: policy({}, 7) }) }, [
      "marketing_email",
      "survey",
      "proactive_social",
    ]);
    expect(results.map((result) => [result.purpose, result.allowed, result.policyVersion])).toEqual([
      ["marketing_email", true, 7],
      ["survey", true, 7],
      ["proactive_social", false, 7],
    ]);
  });

  it("list every denying rule, and null when one of them can't be waited out", () => {
    const result = checkEligibility(eligibilityInput({ now: NIGHT, consents: [] }));
    expect(result.reasons.map((reason) => reason.rule)).toEqual(["consent_missing", "quiet_hours"]);
    expect(result.earliestAllowedAt).toBeNull();
  });

  it("treat an unknown time zone as Amsterdam rather than failing", () => {
    const result = checkEligibility(eligibilityInput({ now: NIGHT, customer: { timeZone: "Mars/Olympus" } }));
    expect(result.reasons.map((reason) => reason.rule)).toEqual(["quiet_hours"]);
  });
});

describe("contactPurposeOf", () => {
  const event = (overrides: Partial<ContactEventShape>): ContactEventShape => ({
    type: "generic",
    channel: "email",
    direction: "outbound",
    ...overrides,
  });

  it.each([
    { event: event({ type: "newsletter_sent" }), purpose: "marketing_email" },
    { event: event({ type: "promotion_sent", channel: "sms" }), purpose: "marketing_sms" },
    { event: event({ type: "promotion_sent", channel: "app" }), purpose: "marketing_push" },
    { event: event({ type: "survey_sent" }), purpose: "survey" },
    { event: event({ type: "service_reply" }), purpose: "service_followup" },
    { event: event({ type: "service_reply", channel: "social" }), purpose: "proactive_social" },
    {
      event: event({ type: "service_reply", channel: "social", payload: { addressedToUs: true } }),
      purpose: "service_followup",
    },
    {
      event: event({ type: "service_reply", channel: "social", payload: { caseRef: "CS-1" } }),
      purpose: "service_followup",
    },
    { event: event({ type: "order_ready", channel: "sms" }), purpose: null },
    { event: event({ type: "booking_created" }), purpose: null },
    { event: event({ type: "newsletter_sent", direction: "inbound" }), purpose: null },
    {
      event: event({ type: "generic", payload: { contactPurpose: "marketing_sms" } }),
      purpose: "marketing_sms",
    },
    { event: event({ type: "generic", payload: { contactPurpose: "spam" } }), purpose: null },
  ])("$event.type on $event.channel ($event.direction) → $purpose", ({ event, purpose }) => {
    expect(contactPurposeOf(event)).toBe(purpose);
  });

  it("reads a survey's subject from its payload", () => {
    expect(subjectRefOf({ caseRef: "cs 1042" })).toBe("CS1042");
    expect(subjectRefOf({ trigger: "stay" })).toBeNull();
    expect(subjectRefOf(null)).toBeNull();
  });
});
