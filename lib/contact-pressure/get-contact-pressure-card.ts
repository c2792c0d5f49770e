import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { checkEligibility } from "@/lib/eligibility/check-eligibility";
import { summarizeContactPressure, type ContactPressure } from "@/lib/eligibility/contact-pressure";
import type { EligibilityResult } from "@/lib/eligibility/eligibility-types";
import { getContactPolicy } from "@/lib/contact-policy/get-contact-policy";
import { loadEligibilityInputs } from "@/lib/eligibility/load-eligibility-inputs";
import { assertCustomersInScope } from "@/lib/auth/customer-scope";
import type { ConsentPurpose, ContactPurpose } from "@/lib/generated/prisma/enums";

/**
 * What the desk is asked about most, in the order the card lists them. A line is a purpose and,
 * where the question is narrower than the purpose, the consent it needs: a newsletter needs
 * newsletter consent, while email offers need what the policy asks of marketing email.
 */
export const CARD_LINES = [
  { line: "survey", purpose: "survey" },
  { line: "newsletter", purpose: "marketing_email", consentPurposes: ["newsletter"] },
  { line: "email_offers", purpose: "marketing_email" },
  { line: "text_offers", purpose: "marketing_sms" },
  { line: "push_messages", purpose: "marketing_push" },
] as const satisfies readonly {
  line: string;
  purpose: ContactPurpose;
  consentPurposes?: readonly ConsentPurpose[];
}[];
export type CardLine = (typeof CARD_LINES)[number]["line"];
type CardPurpose = (typeof CARD_LINES)[number]["purpose"];

export interface ContactPressureCard {
  now: Date;
  policyVersion: number;
  pressure: ContactPressure;
  purposes: (EligibilityResult & { purpose: CardPurpose; line: CardLine })[];
}

/**
 * The greeting card's contact-pressure part: the meter and a verdict per line, from the
 * eligibility loader's indexed queries, read only once the customer is known to be in scope.
 */
export async function getContactPressureCard(
  actor: Actor,
  customerId: string,
  now = new Date(),
): Promise<ContactPressureCard | null> {
  assertCan(actor, "customer.view");
  const [policy] = await Promise.all([getContactPolicy(), assertCustomersInScope(actor, [customerId])]);
  const histories = await loadEligibilityInputs([customerId], {
    now,
    policy,
    purposes: [...new Set(CARD_LINES.map((line) => line.purpose))],
    extraConsentPurposes: ["newsletter"],
  });
  const history = histories.get(customerId);
  if (!history) return null;
  return {
    now,
    policyVersion: policy.version,
    pressure: summarizeContactPressure(history.outbound, policy.settings, now),
    purposes: CARD_LINES.map((line) => ({
      ...checkEligibility({
        ...history,
        now,
        policy,
        purpose: line.purpose,
        consentPurposes: "consentPurposes" in line ? line.consentPurposes : undefined,
      }),
      purpose: line.purpose,
      line: line.line,
    })),
  };
}
