import type { Channel, ContactPurpose } from "@/lib/generated/prisma/enums";
import type { ContactPolicySettings } from "@/lib/validation/contact-policy";
import { CONTACT_PURPOSES, isMarketingPurpose, type OutboundContactInput } from "./eligibility-types";

// The contact-pressure meter's numbers: outbound contacts in the budget's window, against the
// budget, split by purpose (marketing purposes are its channels). Pure, like the engine.

export interface ContactPressure {
  windowDays: number;
  /** Marketing contacts allowed per window. */
  budget: number;
  /** Marketing contacts in the window: what the budget counts. */
  marketing: number;
  /** Every outbound contact in the window by purpose, marketing or not. */
  byPurpose: Record<ContactPurpose, number>;
  /** Marketing contacts in the window by the channel they went out on (the card's meter). */
  marketingByChannel: Partial<Record<Channel, number>>;
  isAtLimit: boolean;
}

export function summarizeContactPressure(
  outbound: readonly OutboundContactInput[],
  settings: ContactPolicySettings,
  now: Date,
): ContactPressure {
  const { windowDays, maxContacts } = settings.marketing;
  const from = now.getTime() - windowDays * 86_400_000;
  const byPurpose = Object.fromEntries(CONTACT_PURPOSES.map((purpose) => [purpose, 0])) as Record<
    ContactPurpose,
    number
  >;
  const marketingByChannel: Partial<Record<Channel, number>> = {};
  for (const contact of outbound) {
    const at = contact.occurredAt.getTime();
    if (at <= from || at > now.getTime()) continue;
    byPurpose[contact.purpose] += 1;
    if (isMarketingPurpose(contact.purpose))
      marketingByChannel[contact.channel] = (marketingByChannel[contact.channel] ?? 0) + 1;
  }
  const marketing = CONTACT_PURPOSES.filter(isMarketingPurpose).reduce(
    (sum, purpose) => sum + byPurpose[purpose],
    0,
  );
  return {
    windowDays,
    budget: maxContacts,
    marketing,
    byPurpose,
    marketingByChannel,
    isAtLimit: marketing >= maxContacts,
  };
}
