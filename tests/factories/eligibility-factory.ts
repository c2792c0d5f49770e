// Engine inputs for tests: a Dutch customer who consented to everything long ago, with no history.
import type { EligibilityInput } from "@/lib/eligibility/eligibility-types";
import { DEFAULT_CONTACT_POLICY, type ContactPolicySettings } from "@/lib/validation/contact-policy";

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const LONG_AGO = new Date("2020-01-01T00:00:00Z");

export const GRANTED_EVERYTHING: EligibilityInput["consents"] = [
  { purpose: "promotions", channel: "email", status: "granted", occurredAt: LONG_AGO },
  { purpose: "promotions", channel: "sms", status: "granted", occurredAt: LONG_AGO },
  { purpose: "promotions", channel: "app", status: "granted", occurredAt: LONG_AGO },
  { purpose: "newsletter", channel: "email", status: "granted", occurredAt: LONG_AGO },
  { purpose: "surveys", channel: "email", status: "granted", occurredAt: LONG_AGO },
];

export function policy(overrides: Partial<ContactPolicySettings> = {}, version = 1) {
  return { version, settings: { ...DEFAULT_CONTACT_POLICY, ...overrides } };
}

export function eligibilityInput(overrides: Partial<EligibilityInput> = {}): EligibilityInput {
  return {
    now: new Date("2026-06-10T12:00:00+02:00"),
    customer: { timeZone: "Europe/Amsterdam" },
    policy: policy(),
    purpose: "marketing_email",
    outbound: [],
    interactions: [],
    cases: [],
    consents: GRANTED_EVERYTHING,
    ...overrides,
  };
}

/** `ms` before `now`. */
export const before = (now: Date, ms: number) => new Date(now.getTime() - ms);
