import { describe, expect, it } from "vitest";
import { DEFAULT_CONTACT_POLICY, type ContactPolicySettings } from "@/lib/validation/contact-policy";
import { diffPolicySettings } from "./diff-policy-settings";

const withChanges = (change: (settings: ContactPolicySettings) => void): ContactPolicySettings => {
  const copy = structuredClone(DEFAULT_CONTACT_POLICY);
  change(copy);
  return copy;
};

describe("diffPolicySettings", () => {
  it("finds nothing between equal settings", () => {
    expect(diffPolicySettings(DEFAULT_CONTACT_POLICY, structuredClone(DEFAULT_CONTACT_POLICY))).toEqual([]);
  });

  it("names a changed number with its old and new value", () => {
    const next = withChanges((s) => void (s.marketing.maxContacts = 2));
    expect(diffPolicySettings(DEFAULT_CONTACT_POLICY, next).map((c) => c.description)).toEqual([
      "Marketing contacts per window: 4 → 2",
    ]);
  });

  it("lists added and removed items of a list, ignoring order", () => {
    const next = withChanges((s) => {
      s.surveys.trivialInteractions = ["payment", "password_reset", "address_change", "info_question"];
      s.quietHours.dates = ["2026-12-25"];
    });
    expect(diffPolicySettings(DEFAULT_CONTACT_POLICY, next).map((c) => c.description)).toEqual([
      "Trivial interactions: added Payment; removed Invoice copy requested",
      "Quiet dates: added 2026-12-25",
    ]);
  });

  it("describes the payment threshold, yes/no settings, consent and the proactive mode in words", () => {
    const next = withChanges((s) => {
      s.surveys.trivialPaymentBelow = null;
      s.surveys.onePerSubject = false;
      s.consent.required.marketing_email = ["promotions", "newsletter"];
      s.proactiveSocial = "safety_only";
    });
    expect(diffPolicySettings(DEFAULT_CONTACT_POLICY, next).map((c) => c.description)).toEqual([
      "Payments below (EUR) are trivial: 25 → no payment is trivial",
      "At most one survey per case or stay: yes → no",
      "Consent for marketing email: added Newsletter",
      "Proactive social contact: Forbidden: never reply to posts not addressed to us → Only for safety issues",
    ]);
  });
});
