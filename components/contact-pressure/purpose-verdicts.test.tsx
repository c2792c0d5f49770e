import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ContactPressureCard } from "@/lib/contact-pressure/get-contact-pressure-card";
import { PurposeVerdicts } from "./purpose-verdicts";

type Verdict = ContactPressureCard["purposes"][number];

const quiet = {
  rule: "quiet_hours" as const,
  message: "Quiet hours (21:00–08:00); allowed from today at 08:00",
};
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

function render(purposes: Verdict[]) {
  const card = { purposes } as unknown as ContactPressureCard;
  return renderToStaticMarkup(<PurposeVerdicts card={card} />);
}

describe("PurposeVerdicts", () => {
  it("says a reason every denied purpose shares once, after their own reasons", () => {
    const html = render([
      verdict("survey", "survey", [
        { rule: "survey_case_open", message: "Complaint CASE-1 is still open" },
        { rule: "consent_missing", message: "No consent for surveys" },
        quiet,
      ]),
      verdict("newsletter", "marketing_email", [
        { rule: "consent_missing", message: "No consent for newsletters" },
        quiet,
      ]),
      verdict("text_offers", "marketing_sms", [
        { rule: "consent_missing", message: "No consent for newsletters" },
        quiet,
      ]),
    ]);
    expect(html.match(/Quiet hours/g)).toHaveLength(1);
    expect(html).toContain("For all of these: Quiet hours");
    expect(html).toContain("Complaint CASE-1 is still open");
    // Same own reasons: one line for both; the same rule with another sentence is not shared.
    expect(html).not.toContain("For all of these: No consent");
    expect(html.match(/No consent for newsletters/g)).toHaveLength(1);
  });

  it("keeps a lone shared reason on the purposes' own line", () => {
    const html = render([
      verdict("newsletter", "marketing_email", [quiet]),
      verdict("text_offers", "marketing_sms", [quiet]),
    ]);
    expect(html.match(/Quiet hours/g)).toHaveLength(1);
    expect(html).not.toContain("For all of these");
  });
});
