import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { getCustomersContactStatus } from "@/lib/contact/check-customers-eligibility";
import type { ContactPressure } from "@/lib/contact/contact-pressure";
import type { EligibilityResult } from "@/lib/contact/eligibility-types";
import { assertCustomersInScope } from "@/lib/customers/customer-scope";

/** What the desk is asked about most, in the order the card lists them. */
export const CARD_PURPOSES = ["survey", "marketing_email", "marketing_sms", "marketing_push"] as const;
export type CardPurpose = (typeof CARD_PURPOSES)[number];

export interface ContactPressureCard {
  now: Date;
  policyVersion: number;
  pressure: ContactPressure;
  purposes: (EligibilityResult & { purpose: CardPurpose })[];
}

/**
 * The greeting card's contact-pressure part: the meter and a verdict per purpose, from the
 * eligibility loader's indexed queries (run alongside the scope check, not after it).
 */
export async function getContactPressureCard(
  actor: Actor,
  customerId: string,
  now = new Date(),
): Promise<ContactPressureCard | null> {
  assertCan(actor, "customer.view");
  const [, status] = await Promise.all([
    assertCustomersInScope(actor, [customerId]),
    getCustomersContactStatus([customerId], CARD_PURPOSES, { now }),
  ]);
  const entry = status.byCustomer.get(customerId);
  if (!entry) return null;
  return {
    now: status.now,
    policyVersion: status.policy.version,
    pressure: entry.pressure,
    purposes: CARD_PURPOSES.flatMap((purpose) => {
      const result = entry.results[purpose];
      return result ? [{ ...result, purpose }] : [];
    }),
  };
}
