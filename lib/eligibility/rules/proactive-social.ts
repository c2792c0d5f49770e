import { eligibilityCopy } from "@/lib/eligibility/eligibility-copy";
import { NONE, type Denial, type RuleContext } from "./rule-context";

// Replying to a public post that wasn't addressed to us is unsolicited: forbidden by default, or
// allowed only when someone's safety is at stake.

export function proactiveSocialRule(context: RuleContext): readonly Denial[] {
  if (context.settings.proactiveSocial === "forbidden") {
    return [
      {
        rule: "proactive_social_forbidden",
        message: eligibilityCopy.proactiveForbidden(),
        earliestAllowedAt: null,
      },
    ];
  }
  if (context.input.isSafetyIssue) return NONE;
  return [
    {
      rule: "proactive_social_not_safety",
      message: eligibilityCopy.proactiveNotSafety(),
      earliestAllowedAt: null,
    },
  ];
}
