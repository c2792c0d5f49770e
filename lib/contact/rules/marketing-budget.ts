import { eligibilityCopy } from "../eligibility-copy";
import { isMarketingPurpose } from "../eligibility-types";
import { instantOfLocal, localParts, startOfNextLocalDay } from "../zoned-time";
import { DAY_MS, rollingLimit, type Denial, type RuleContext } from "./rule-context";

// The marketing budget: all marketing channels together per rolling window, per local calendar
// day, and per channel per shorter rolling window. Surveys and service replies don't count.

function marketingTimes(context: RuleContext, purpose?: string): number[] {
  return context.outbound
    .filter((contact) => isMarketingPurpose(contact.purpose) && (!purpose || contact.purpose === purpose))
    .map((contact) => contact.at);
}

export function marketingBudgetRule(context: RuleContext): Denial[] {
  const { maxContacts, windowDays } = context.settings.marketing;
  const limit = rollingLimit(marketingTimes(context), context.now, windowDays * DAY_MS, maxContacts);
  if (!limit) return [];
  return [
    {
      rule: "marketing_budget",
      message: eligibilityCopy.marketingBudget(
        limit.count,
        maxContacts,
        windowDays,
        context.moment(limit.earliestAllowedAt),
      ),
      earliestAllowedAt: limit.earliestAllowedAt,
    },
  ];
}

/** "Per day" is the customer's calendar day: a contact at 23:00 and one at 09:00 are two days. */
export function marketingDailyLimitRule(context: RuleContext): Denial[] {
  const { maxPerDay } = context.settings.marketing;
  const startOfToday = instantOfLocal(context.timeZone, localParts(context.timeZone, context.now), 0);
  const count = marketingTimes(context).filter((at) => at >= startOfToday).length;
  if (count < maxPerDay) return [];
  const earliestAllowedAt = startOfNextLocalDay(context.timeZone, context.now);
  return [
    {
      rule: "marketing_daily_limit",
      message: eligibilityCopy.marketingDaily(count, maxPerDay, context.moment(earliestAllowedAt)),
      earliestAllowedAt,
    },
  ];
}

export function marketingChannelLimitRule(context: RuleContext): Denial[] {
  const { purpose } = context.input;
  const { maxPerChannel, channelWindowDays } = context.settings.marketing;
  const times = marketingTimes(context, purpose);
  const limit = rollingLimit(times, context.now, channelWindowDays * DAY_MS, maxPerChannel);
  if (!limit) return [];
  return [
    {
      rule: "marketing_channel_limit",
      message: eligibilityCopy.marketingChannel(
        limit.count,
        maxPerChannel,
        channelWindowDays,
        purpose,
        context.moment(limit.earliestAllowedAt),
      ),
      earliestAllowedAt: limit.earliestAllowedAt,
    },
  ];
}
