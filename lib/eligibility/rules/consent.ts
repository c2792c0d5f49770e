import type { Channel, ConsentPurpose } from "@/lib/generated/prisma/enums";
import {
  isMarketingPurpose,
  MARKETING_CHANNEL,
  type ConsentInput,
} from "@/lib/eligibility/eligibility-types";
import { deny, NONE, type Denial, type RuleContext } from "./rule-context";

// Marketing (and, by default, surveys) needs a granted consent per purpose and channel. The latest
// consent event wins; at the same moment a refusal beats a grant. Waiting never helps: only the
// customer can change it.

export function consentChannelOf(context: RuleContext): Channel {
  const { purpose, channel } = context.input;
  return isMarketingPurpose(purpose) ? MARKETING_CHANNEL[purpose] : (channel ?? "email");
}

export function requiredConsents(context: RuleContext): readonly ConsentPurpose[] {
  const { purpose, consentPurposes } = context.input;
  if (purpose !== "survey" && !isMarketingPurpose(purpose)) return [];
  return consentPurposes ?? context.settings.consent.required[purpose];
}

/** The consent in force at `now`: later events have not happened yet. */
export function latestConsent(
  consents: readonly ConsentInput[],
  purpose: ConsentPurpose,
  channel: Channel,
  now: number,
): ConsentInput | null {
  let latest: ConsentInput | null = null;
  for (const consent of consents) {
    if (consent.purpose !== purpose || consent.channel !== channel) continue;
    const at = consent.occurredAt.getTime();
    if (at > now) continue;
    const latestAt = latest?.occurredAt.getTime() ?? -Infinity;
    if (at > latestAt || (at === latestAt && consent.status === "denied")) latest = consent;
  }
  return latest;
}

export function consentRule(context: RuleContext): readonly Denial[] {
  const channel = consentChannelOf(context);
  return requiredConsents(context).flatMap((purpose): readonly Denial[] => {
    const consent = latestConsent(context.input.consents, purpose, channel, context.now);
    if (consent?.status === "granted") return NONE;
    return consent
      ? [
          deny(
            "consent_refused",
            { key: "consentRefused", purpose, channel, when: context.moment(consent.occurredAt.getTime()) },
            null,
          ),
        ]
      : [deny("consent_missing", { key: "consentMissing", purpose, channel }, null)];
  });
}
