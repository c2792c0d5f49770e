import { instantOfLocal, localParts, startOfNextLocalDay } from "@/lib/time/zoned-time";
import { DAY_MS, deny, NONE, rollingLimit, type Denial, type RuleContext } from "./rule-context";

// The marketing budget: all marketing channels together per rolling window, per local calendar
// day, and per channel per shorter rolling window. Surveys and service replies don't count.

function channelTimes(context: RuleContext, purpose: string): number[] {
  const times: number[] = [];
  for (const contact of context.outbound) if (contact.purpose === purpose) times.push(contact.at);
  return times;
}

// Every customer of a batch in one zone shares "today": its start and the next day's, worked out
// once per zone and moment.
const days = new Map<string, { startOfToday: number; startOfTomorrow: number }>();

function localDay(context: RuleContext) {
  const key = `${context.timeZone}|${context.now}`;
  let day = days.get(key);
  if (!day) {
    day = {
      startOfToday: instantOfLocal(context.timeZone, localParts(context.timeZone, context.now), 0),
      startOfTomorrow: startOfNextLocalDay(context.timeZone, context.now),
    };
    if (days.size > 5_000) days.clear();
    days.set(key, day);
  }
  return day;
}

export function marketingBudgetRule(context: RuleContext): readonly Denial[] {
  const { maxContacts, windowDays } = context.settings.marketing;
  const limit = rollingLimit(context.marketingTimes, context.now, windowDays * DAY_MS, maxContacts);
  if (!limit) return NONE;
  return [
    deny(
      "marketing_budget",
      {
        key: "marketingBudget",
        count: limit.count,
        max: maxContacts,
        days: windowDays,
        from: context.moment(limit.earliestAllowedAt),
      },
      limit.earliestAllowedAt,
    ),
  ];
}

/** "Per day" is the customer's calendar day: a contact at 23:00 and one at 09:00 are two days. */
export function marketingDailyLimitRule(context: RuleContext): readonly Denial[] {
  const { maxPerDay } = context.settings.marketing;
  if (context.marketingTimes.length < maxPerDay) return NONE;
  const { startOfToday, startOfTomorrow: earliestAllowedAt } = localDay(context);
  let count = 0;
  for (const at of context.marketingTimes) if (at >= startOfToday) count++;
  if (count < maxPerDay) return NONE;
  return [
    deny(
      "marketing_daily_limit",
      { key: "marketingDaily", count, max: maxPerDay, from: context.moment(earliestAllowedAt) },
      earliestAllowedAt,
    ),
  ];
}

export function marketingChannelLimitRule(context: RuleContext): readonly Denial[] {
  const { purpose } = context.input;
  const { maxPerChannel, channelWindowDays } = context.settings.marketing;
  if (context.marketingTimes.length < maxPerChannel) return NONE;
  const times = channelTimes(context, purpose);
  const limit = rollingLimit(times, context.now, channelWindowDays * DAY_MS, maxPerChannel);
  if (!limit) return NONE;
  return [
    deny(
      "marketing_channel_limit",
      {
        key: "marketingChannel",
        count: limit.count,
        max: maxPerChannel,
        days: channelWindowDays,
        purpose,
        from: context.moment(limit.earliestAllowedAt),
      },
      limit.earliestAllowedAt,
    ),
  ];
}
