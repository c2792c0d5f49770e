import { deny, NONE, type Denial, type RuleContext } from "./rule-context";

// Replying to a public post that wasn't addressed to us is unsolicited: forbidden by default, or
// allowed only when someone's safety is at stake.

export function proactiveSocialRule(context: RuleContext): readonly Denial[] {
  if (context.settings.proactiveSocial === "forbidden") {
    return [deny("proactive_social_forbidden", { key: "proactiveForbidden" }, null)];
  }
  if (context.input.isSafetyIssue) return NONE;
  return [deny("proactive_social_not_safety", { key: "proactiveNotSafety" }, null)];
}
