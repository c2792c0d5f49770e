import { minutesOfClock } from "@/lib/validation/contact-policy";
import type { EligibilityRule } from "@/lib/eligibility/eligibility-types";
import { instantOfLocal, isoDayOf, localParts, nextDate, startOfNextLocalDay } from "@/lib/time/zoned-time";
import { deny, NONE, type Denial, type RuleContext } from "./rule-context";

// Quiet hours and quiet dates, on the customer's wall clock. Unlike the other rules these are not
// "wait until X": they recur, so the engine also uses quietUntil to move an earliest time out of them.

type Quiet = { rule: EligibilityRule; until: number } | null;

// Every customer of a batch is judged at the same "now": remember the answer per zone and moment
// for as long as these settings (one policy object) live.
const remembered = new WeakMap<object, Map<string, Quiet>>();

function quietAt(context: RuleContext, at: number): Quiet {
  const settings = context.settings.quietHours;
  let answers = remembered.get(settings);
  if (!answers) remembered.set(settings, (answers = new Map()));
  const key = `${context.timeZone}|${at}`;
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = computeQuietAt(context, at);
    if (answers.size > 5_000) answers.clear();
    answers.set(key, answer);
  }
  return answer;
}

/** Why `at` is quiet and when that quiet spell ends, or null when contact is fine then. */
function computeQuietAt(context: RuleContext, at: number): Quiet {
  const { start, end, dates } = context.settings.quietHours;
  const local = localParts(context.timeZone, at);
  if (dates.length > 0 && dates.includes(isoDayOf(local))) {
    return { rule: "quiet_date", until: startOfNextLocalDay(context.timeZone, at) };
  }
  const startMinute = minutesOfClock(start);
  const endMinute = minutesOfClock(end);
  if (startMinute === endMinute) return null;
  const minute = local.hour * 60 + local.minute;
  const wraps = startMinute > endMinute;
  const isQuiet = wraps
    ? minute >= startMinute || minute < endMinute
    : minute >= startMinute && minute < endMinute;
  if (!isQuiet) return null;
  const endsTomorrow = wraps && minute >= startMinute;
  const day = endsTomorrow ? nextDate(local) : local;
  return { rule: "quiet_hours", until: instantOfLocal(context.timeZone, day, endMinute) };
}

/** The first moment at or after `at` outside quiet hours and quiet dates. */
export function quietUntil(context: RuleContext, at: number): number {
  let moment = at;
  // Bounded: at most 366 quiet dates, each followed by at most one quiet-hours spell.
  for (let step = 0; step < 800; step++) {
    const quiet = quietAt(context, moment);
    if (!quiet) return moment;
    moment = quiet.until;
  }
  return moment;
}

const rememberedDenials = new WeakMap<object, Map<string, readonly Denial[]>>();

/** The same for every customer of a zone at one moment, so worked out once per batch and zone. */
export function quietTimeRule(context: RuleContext): readonly Denial[] {
  const settings = context.settings.quietHours;
  let answers = rememberedDenials.get(settings);
  if (!answers) rememberedDenials.set(settings, (answers = new Map()));
  const key = `${context.timeZone}|${context.now}`;
  let denials = answers.get(key);
  if (!denials) {
    denials = quietDenials(context);
    if (answers.size > 5_000) answers.clear();
    answers.set(key, denials);
  }
  return denials;
}

function quietDenials(context: RuleContext): readonly Denial[] {
  const quiet = quietAt(context, context.now);
  if (!quiet) return NONE;
  const earliestAllowedAt = quietUntil(context, context.now);
  const from = context.moment(earliestAllowedAt);
  const { start, end } = context.settings.quietHours;
  return [
    deny(
      quiet.rule,
      quiet.rule === "quiet_date" ? { key: "quietDate", from } : { key: "quietHours", start, end, from },
      earliestAllowedAt,
    ),
  ];
}
