import "server-only";
import { assertCan, locationScope, type Actor } from "@/lib/auth/actor";
import { getContactPolicy } from "@/lib/contact-policy/get-contact-policy";
import { getPolicyViolations } from "./get-policy-violations";
import { cachedInsight } from "./insights-cache";
import { listCustomersOverBudget } from "./list-customers-over-budget";
import { listSurveysAfterTrivial } from "./list-surveys-after-trivial";

/** The contact-pressure section of the insights page, for the actor's locations. */
export async function getContactPressureInsights(actor: Actor) {
  assertCan(actor, "insights.view");
  const policy = await getContactPolicy();
  const scope = locationScope(actor);
  // Keyed by policy version too: a saved budget shows at once rather than after the cache expires.
  const key = `contact-pressure:${policy.version}:${scope ? [...scope].sort().join(",") : "all"}`;
  return cachedInsight(key, async () => {
    const computedAt = new Date();
    const [overBudget, violations] = await Promise.all([
      listCustomersOverBudget(actor, policy.settings.marketing, computedAt),
      getPolicyViolations(actor, computedAt),
    ]);
    const surveysAfterTrivial =
      violations.surveysAfterTrivial > 0 ? await listSurveysAfterTrivial(actor, violations.since) : [];
    return {
      computedAt,
      policyVersion: policy.version,
      budget: policy.settings.marketing,
      trivialInteractions: policy.settings.surveys.trivialInteractions,
      overBudget,
      violations,
      surveysAfterTrivial,
    };
  });
}
export type ContactPressureInsights = Awaited<ReturnType<typeof getContactPressureInsights>>;
