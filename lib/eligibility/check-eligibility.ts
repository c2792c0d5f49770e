import type { ContactPurpose } from "@/lib/generated/prisma/enums";
import type { EligibilityInput, EligibilityResult } from "./eligibility-types";
import { consentRule } from "./rules/consent";
import {
  marketingBudgetRule,
  marketingChannelLimitRule,
  marketingDailyLimitRule,
} from "./rules/marketing-budget";
import { proactiveSocialRule } from "./rules/proactive-social";
import { quietTimeRule, quietUntil } from "./rules/quiet-time";
import { buildRuleContext, type Denial, type Rule } from "./rules/rule-context";
import {
  surveyAfterTrivialRule,
  surveyCaseRule,
  surveyIntervalRule,
  surveySubjectRule,
} from "./rules/survey-rules";

// The eligibility engine: pure and deterministic, no database. Only the policy's rules decide.

const MARKETING: readonly Rule[] = [
  consentRule,
  marketingBudgetRule,
  marketingDailyLimitRule,
  marketingChannelLimitRule,
  quietTimeRule,
];

const RULES: Record<ContactPurpose, readonly Rule[]> = {
  marketing_email: MARKETING,
  marketing_sms: MARKETING,
  marketing_push: MARKETING,
  survey: [
    consentRule,
    surveyIntervalRule,
    surveyAfterTrivialRule,
    surveyCaseRule,
    surveySubjectRule,
    quietTimeRule,
  ],
  // A reply within a case the customer started is always allowed and never counted. Whether a
  // message is one is decided before: lib/eligibility/service-followup.ts.
  service_followup: [],
  // Allowed at all only for safety, and then without waiting for morning.
  proactive_social: [proactiveSocialRule],
};

export function checkEligibility(input: EligibilityInput): EligibilityResult {
  const rules = RULES[input.purpose];
  const context = buildRuleContext(input);
  // A plain loop: most checks deny nothing, and then no array is made at all.
  let denials: Denial[] | null = null;
  for (const rule of rules) {
    const denied = rule(context);
    if (denied.length > 0) (denials ??= []).push(...denied);
  }
  const base = { purpose: input.purpose, policyVersion: input.policy.version };
  if (denials === null) {
    return { ...base, allowed: true, reasons: [], earliestAllowedAt: new Date(context.now) };
  }
  const reasons = denials.map(({ rule, message, detail }) => ({ rule, message, detail }));
  if (denials.some((denial) => denial.earliestAllowedAt === null)) {
    return { ...base, allowed: false, reasons, earliestAllowedAt: null };
  }
  // Every other rule allows from its own moment on; quiet spells recur, so step out of them last.
  const latest = Math.max(context.now, ...denials.map((denial) => denial.earliestAllowedAt ?? 0));
  const earliest = rules.includes(quietTimeRule) ? quietUntil(context, latest) : latest;
  return { ...base, allowed: false, reasons, earliestAllowedAt: new Date(earliest) };
}

/** Several purposes for one customer's loaded inputs. */
export function checkEligibilityForPurposes(
  input: Omit<EligibilityInput, "purpose">,
  purposes: readonly ContactPurpose[],
): EligibilityResult[] {
  return purposes.map((purpose) => checkEligibility({ ...input, purpose }));
}
