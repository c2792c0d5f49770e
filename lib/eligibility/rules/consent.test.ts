import { describe, expect, it } from "vitest";
import type { ConsentInput } from "@/lib/eligibility/eligibility-types";
import { DEFAULT_CONTACT_POLICY } from "@/lib/validation/contact-policy";
import { eligibilityInput, policy } from "@/tests/factories/eligibility-factory";
import { checkEligibility } from "@/lib/eligibility/check-eligibility";

const NOW = new Date("2026-06-10T12:00:00+02:00");
const consent = (
  status: ConsentInput["status"],
  occurredAt: string,
  overrides: Partial<ConsentInput> = {},
): ConsentInput => ({
  purpose: "promotions",
  channel: "email",
  status,
  occurredAt: new Date(occurredAt),
  ...overrides,
});
const check = (consents: ConsentInput[], overrides: Parameters<typeof eligibilityInput>[0] = {}) =>
  checkEligibility(eligibilityInput({ now: NOW, consents, ...overrides }));

describe("consent: the latest event per purpose and channel wins; a refusal is never overridden", () => {
  it.each([
    { name: "granted", consents: [consent("granted", "2025-01-01T10:00:00Z")], rule: null },
    { name: "never asked", consents: [], rule: "consent_missing" },
    {
      name: "granted, later refused",
      consents: [consent("granted", "2025-01-01T10:00:00Z"), consent("denied", "2026-02-01T10:00:00Z")],
      rule: "consent_refused",
    },
    {
      name: "refused, later granted again by the customer",
      consents: [consent("denied", "2025-01-01T10:00:00Z"), consent("granted", "2026-02-01T10:00:00Z")],
      rule: null,
    },
    {
      name: "granted and refused at the same moment",
      consents: [consent("granted", "2026-02-01T10:00:00Z"), consent("denied", "2026-02-01T10:00:00Z")],
      rule: "consent_refused",
    },
    {
      name: "granted for SMS only",
      consents: [consent("granted", "2025-01-01T10:00:00Z", { channel: "sms" })],
      rule: "consent_missing",
    },
    {
      name: "granted the newsletter only",
      consents: [consent("granted", "2025-01-01T10:00:00Z", { purpose: "newsletter" })],
      rule: "consent_missing",
    },
    {
      name: "granted, refusal recorded for a later moment than now",
      consents: [consent("granted", "2025-01-01T10:00:00Z"), consent("denied", "2026-06-11T10:00:00Z")],
      rule: null,
    },
  ])("promotions by email $name", ({ consents, rule }) => {
    const result = check(consents);
    expect(result.allowed).toBe(rule === null);
    expect(result.reasons.map((reason) => reason.rule)).toEqual(rule ? [rule] : []);
    if (rule) expect(result.earliestAllowedAt).toBeNull();
  });

  it("says what was refused and when", () => {
    const result = check([consent("denied", "2026-02-01T10:00:00Z", { channel: "sms" })], {
      purpose: "marketing_sms",
    });
    expect(result.reasons[0]?.message).toBe(
      "Refused promotions by text message (1 Feb at 11:00); a refusal is never overridden",
    );
    expect(check([], { purpose: "marketing_push" }).reasons[0]?.message).toBe(
      "No consent for promotions in the app",
    );
  });

  it("uses the policy's consent purposes, or the sent message's own", () => {
    const newsletterOnly = [consent("granted", "2025-01-01T10:00:00Z", { purpose: "newsletter" })];
    const required = { ...DEFAULT_CONTACT_POLICY.consent.required, marketing_email: ["newsletter" as const] };
    expect(check(newsletterOnly, { policy: policy({ consent: { required } }) }).allowed).toBe(true);
    expect(check(newsletterOnly, { consentPurposes: ["newsletter"] }).allowed).toBe(true);
  });

  it("applies to surveys on their channel, unless the policy drops it", () => {
    const surveyConsent = [consent("granted", "2025-01-01T10:00:00Z", { purpose: "surveys" })];
    expect(check(surveyConsent, { purpose: "survey" }).allowed).toBe(true);
    expect(check(surveyConsent, { purpose: "survey", channel: "sms" }).reasons[0]?.rule).toBe(
      "consent_missing",
    );
    const required = { ...DEFAULT_CONTACT_POLICY.consent.required, survey: [] };
    expect(check([], { purpose: "survey", policy: policy({ consent: { required } }) }).allowed).toBe(true);
  });
});
