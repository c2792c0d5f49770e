import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ContactPressureCard } from "@/lib/contact-pressure/get-contact-pressure-card";
import { reasonOf } from "@/lib/eligibility/eligibility-copy";
import type { ReasonMoment } from "@/lib/eligibility/eligibility-types";
import { withIntl } from "@/tests/helpers/with-intl";
import { PurposeVerdicts } from "./purpose-verdicts";

type Verdict = ContactPressureCard["purposes"][number];

const eight: ReasonMoment = { days: 0, date: "2026-06-10", time: "08:00", sameYear: true };
const quiet = reasonOf("quiet_hours", { key: "quietHours", start: "21:00", end: "08:00", from: eight });
const noSurveyConsent = reasonOf("consent_missing", {
  key: "consentMissing",
  purpose: "surveys",
  channel: "email",
});
const noNewsletterConsent = reasonOf("consent_missing", {
  key: "consentMissing",
  purpose: "newsletter",
  channel: "email",
});
const caseOpen = reasonOf("survey_case_open", { key: "caseOpen", kind: "complaint", reference: "CASE-1" });

const verdict = (
  line: Verdict["line"],
  purpose: Verdict["purpose"],
  reasons: Verdict["reasons"],
): Verdict => ({
  line,
  purpose,
  policyVersion: 1,
  allowed: reasons.length === 0,
  reasons,
  earliestAllowedAt: null,
});

function render(purposes: Verdict[], locale: "nl" | "en" = "nl") {
  const card = { purposes } as unknown as ContactPressureCard;
  return renderToStaticMarkup(withIntl(<PurposeVerdicts card={card} />, locale));
}

describe("PurposeVerdicts", () => {
  it("says a reason every denied purpose shares once, after their own reasons", () => {
    const html = render([
      verdict("survey", "survey", [caseOpen, noSurveyConsent, quiet]),
      verdict("newsletter", "marketing_email", [noNewsletterConsent, quiet]),
      verdict("text_offers", "marketing_sms", [noNewsletterConsent, quiet]),
    ]);
    expect(html.match(/Rusttijd/g)).toHaveLength(1);
    expect(html).toContain(
      "Voor al deze: Rusttijd (21:00–08:00 in de tijdzone van de klant); mag vanaf vandaag om 08:00",
    );
    expect(html).toContain("Feedback vragen? Nee:</span> Klacht CASE-1 staat nog open");
    expect(html).toContain("Ook: Geen toestemming voor enquêtes per e-mail");
    // Same own reasons: one line for both; the same rule with another sentence is not shared.
    expect(html).toContain("Nieuwsbrief, aanbiedingen per sms? Nee:");
    expect(html).not.toContain("Voor al deze: Geen toestemming");
    expect(html.match(/Geen toestemming voor de nieuwsbrief per e-mail/g)).toHaveLength(1);
  });

  it("keeps a lone shared reason on the purposes' own line", () => {
    const html = render([
      verdict("newsletter", "marketing_email", [quiet]),
      verdict("text_offers", "marketing_sms", [quiet]),
    ]);
    expect(html.match(/Rusttijd/g)).toHaveLength(1);
    expect(html).not.toContain("Voor al deze");
  });

  it("says the allowed purposes briefly, and everything in English for English staff", () => {
    const html = render(
      [verdict("survey", "survey", [caseOpen]), verdict("push_messages", "marketing_push", [])],
      "en",
    );
    expect(html).toContain("Ask for feedback? No:</span> Complaint CASE-1 is still open");
    expect(html).toContain("Push messages OK");
    expect(render([verdict("push_messages", "marketing_push", [])])).toContain("Pushberichten: mag");
  });
});
