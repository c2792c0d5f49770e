import { describe, expect, it } from "vitest";
import { DEFAULT_CONTACT_POLICY, type ContactPolicySettings } from "@/lib/validation/contact-policy";
import { describePolicyChange } from "./describe-policy-change";
import { diffPolicySettings } from "./diff-policy-settings";

const withChanges = (change: (settings: ContactPolicySettings) => void): ContactPolicySettings => {
  const copy = structuredClone(DEFAULT_CONTACT_POLICY);
  change(copy);
  return copy;
};

const described = (next: ContactPolicySettings, locale: "nl" | "en") =>
  diffPolicySettings(DEFAULT_CONTACT_POLICY, next).map((change) => describePolicyChange(change, locale));

describe("diffPolicySettings", () => {
  it("finds nothing between equal settings", () => {
    expect(diffPolicySettings(DEFAULT_CONTACT_POLICY, structuredClone(DEFAULT_CONTACT_POLICY))).toEqual([]);
  });

  it("names a changed number with its old and new value", () => {
    const next = withChanges((s) => void (s.marketing.maxContacts = 2));
    expect(diffPolicySettings(DEFAULT_CONTACT_POLICY, next)).toEqual([
      { path: "marketing.maxContacts", kind: "value", from: 4, to: 2 },
    ]);
    expect(described(next, "en")).toEqual(["Marketing contacts per window: 4 → 2"]);
    expect(described(next, "nl")).toEqual(["Marketingcontacten per periode: 4 → 2"]);
  });

  it("lists added and removed items of a list, ignoring order", () => {
    const next = withChanges((s) => {
      s.surveys.trivialInteractions = ["payment", "password_reset", "address_change", "info_question"];
      s.quietHours.dates = ["2026-12-25"];
    });
    expect(diffPolicySettings(DEFAULT_CONTACT_POLICY, next)).toEqual([
      { path: "surveys.trivialInteractions", kind: "list", added: ["payment"], removed: ["invoice_copy"] },
      { path: "quietHours.dates", kind: "list", added: ["2026-12-25"], removed: [] },
    ]);
    expect(described(next, "en")).toEqual([
      "Trivial interactions: added Payment; removed Invoice copy requested",
      "Quiet dates: added 25 December 2026",
    ]);
    expect(described(next, "nl")).toEqual([
      "Triviale interacties: Betaling toegevoegd; Kopie factuur gevraagd verwijderd",
      "Stille dagen: 25 december 2026 toegevoegd",
    ]);
  });

  it("describes the payment threshold, yes/no settings, consent and the proactive mode in words", () => {
    const next = withChanges((s) => {
      s.surveys.trivialPaymentBelow = null;
      s.surveys.onePerSubject = false;
      s.consent.required.marketing_email = ["promotions", "newsletter"];
      s.proactiveSocial = "safety_only";
    });
    expect(described(next, "en")).toEqual([
      "Payments below (EUR) are trivial: 25 → no payment is trivial",
      "At most one survey per case or stay: yes → no",
      "Consent for marketing email: added Newsletter",
      "Proactive social contact: Forbidden: never reply to posts not addressed to us → Only for safety issues",
    ]);
    expect(described(next, "nl")).toEqual([
      "Betalingen onder dit bedrag (€) zijn triviaal: 25 → geen betaling is triviaal",
      "Hoogstens één enquête per zaak of verblijf: ja → nee",
      "Toestemming voor marketing per e-mail: Nieuwsbrief toegevoegd",
      "Ongevraagd contact via social media: Verboden: nooit reageren op berichten die niet aan ons gericht zijn → Alleen bij veiligheidskwesties",
    ]);
  });
});
