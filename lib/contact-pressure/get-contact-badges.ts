import "server-only";
import type { ContactBadge } from "./contact-badge";
import {
  getCustomersContactStatus,
  type CustomerContactStatus,
} from "@/lib/eligibility/check-customers-eligibility";
import { getContactPolicy } from "@/lib/contact-policy/get-contact-policy";
import type { EligibilityRule } from "@/lib/eligibility/eligibility-types";
import { contactBadgeGeneration, recallContactBadges, rememberContactBadges } from "./contact-badge-cache";
import { contactBadgeCopy } from "./contact-badge-copy";
import { LOCALES, type UiLocale } from "@/i18n/locales";
import { sayReason } from "@/lib/eligibility/eligibility-copy";
import { translatorFor } from "@/lib/i18n/translator";

/** A sentence in both interface languages (few badges, so both are made once and cached with them). */
function inBothLanguages(say: (locale: UiLocale) => string): Record<UiLocale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, say(locale)])) as Record<UiLocale, string>;
}

// Rules that would put "no survey" on most rows and so tell the desk nothing: quiet hours and dates
// say when to send, not whether to ask (an evening shift would see it everywhere), and most guests
// simply never gave survey consent. An explicit refusal still shows; the card shows every rule.
const NOT_ON_BOARDS: readonly EligibilityRule[] = ["quiet_hours", "quiet_date", "consent_missing"];

/**
 * The boards' "no survey" and "contact limit reached" badges for many customers, from one
 * eligibility load for those not judged in the last 30 s (see contact-badge-cache.ts). Callers pass
 * customers the actor may already see (the rows of a scoped board). Customers without a badge are
 * absent from the map.
 */
export async function getContactBadges(customerIds: string[]): Promise<Map<string, ContactBadge[]>> {
  const badges = new Map<string, ContactBadge[]>();
  if (customerIds.length === 0) return badges;
  const loadedAt = contactBadgeGeneration();
  const policy = await getContactPolicy();
  const now = Date.now();
  const toJudge: string[] = [];
  for (const customerId of new Set(customerIds)) {
    const known = recallContactBadges(customerId, policy.version, now);
    if (known === undefined) toJudge.push(customerId);
    else if (known.length > 0) badges.set(customerId, known);
  }
  if (toJudge.length === 0) return badges;
  const { byCustomer } = await getCustomersContactStatus(toJudge, ["survey"], { policy, now: new Date(now) });
  for (const customerId of toJudge) {
    const status = byCustomer.get(customerId);
    const list = status ? badgesOf(status) : [];
    rememberContactBadges(customerId, policy.version, now, list, loadedAt);
    if (list.length > 0) badges.set(customerId, list);
  }
  return badges;
}

function badgesOf(status: CustomerContactStatus): ContactBadge[] {
  const list: ContactBadge[] = [];
  const reasons = (status.results.survey?.reasons ?? []).filter(
    (reason) => !NOT_ON_BOARDS.includes(reason.rule),
  );
  const [first, ...more] = reasons;
  if (first) {
    list.push({
      kind: "no_survey",
      label: contactBadgeCopy.noSurvey,
      reason: more.length > 0 ? contactBadgeCopy.moreReasons(first.message, more.length) : first.message,
      reasons: inBothLanguages((locale) => {
        const sentence = sayReason(first.detail, locale);
        if (more.length === 0) return sentence;
        return translatorFor(locale)("boards.contactReasons.more", { first: sentence, more: more.length });
      }),
    });
  }
  const { pressure } = status;
  if (pressure.isAtLimit) {
    list.push({
      kind: "contact_limit_reached",
      label: contactBadgeCopy.limitReached,
      reason: contactBadgeCopy.limitReason(pressure.marketing, pressure.budget, pressure.windowDays),
      reasons: inBothLanguages((locale) =>
        translatorFor(locale)("boards.contactReasons.limit", {
          count: pressure.marketing,
          budget: pressure.budget,
          days: pressure.windowDays,
        }),
      ),
    });
  }
  return list;
}
