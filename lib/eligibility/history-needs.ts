import type { ConsentPurpose, ContactPurpose, EventType } from "@/lib/generated/prisma/enums";
import type { ContactPolicySettings } from "@/lib/validation/contact-policy";
import { isMarketingPurpose } from "./eligibility-types";
import { FOLLOWUP_WINDOW_DAYS } from "./service-followup";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface HistoryNeeds {
  /** How far back outbound contacts matter (0: not at all). */
  outboundMs: number;
  isSurvey: boolean;
  interactionTypes: EventType[];
  interactionMs: number;
  caseMs: number;
  /** How far back cases and inbound contacts matter to tell a real service follow-up (0: not at all). */
  followupMs: number;
  consentPurposes: ConsentPurpose[];
}

/** What history the asked purposes need under this policy, so the loader reads no more than that. */
export function historyNeeds(
  settings: ContactPolicySettings,
  purposes: readonly ContactPurpose[],
  extraConsentPurposes: readonly ConsentPurpose[] = [],
  hasFollowupClaims = false,
): HistoryNeeds {
  const isMarketing = purposes.some(isMarketingPurpose);
  const isSurvey = purposes.includes("survey");
  const { marketing, surveys, consent } = settings;
  // A local calendar day is at most 26 hours long (DST); two days cover "today" anywhere.
  const marketingDays = Math.max(marketing.windowDays, marketing.channelWindowDays, 2);
  const outboundDays = Math.max(isMarketing ? marketingDays : 0, isSurvey ? surveys.minDaysBetween : 0);
  const interactionTypes: EventType[] = isSurvey ? [...surveys.trivialInteractions] : [];
  if (isSurvey && surveys.trivialPaymentBelow !== null && !interactionTypes.includes("payment"))
    interactionTypes.push("payment");
  const consentPurposes = new Set<ConsentPurpose>(extraConsentPurposes);
  for (const purpose of purposes) {
    if (isMarketingPurpose(purpose) || purpose === "survey")
      for (const required of consent.required[purpose]) consentPurposes.add(required);
  }
  return {
    // Surveys also need the latest survey even with a 0-day interval, for "one per case or stay".
    outboundMs: isMarketing || isSurvey ? Math.max(outboundDays, 1) * DAY_MS : 0,
    isSurvey,
    interactionTypes,
    interactionMs: surveys.trivialBlockDays * DAY_MS,
    caseMs: surveys.hoursAfterCaseResolved * HOUR_MS,
    followupMs: hasFollowupClaims ? FOLLOWUP_WINDOW_DAYS * DAY_MS : 0,
    consentPurposes: [...consentPurposes],
  };
}
