import type { ContactPolicySettings } from "@/lib/validation/contact-policy";
import { momentOf, reasonOf } from "@/lib/eligibility/eligibility-copy";
import {
  isMarketingPurpose,
  type EligibilityInput,
  type EligibilityReason,
  type EligibilityRule,
  type OutboundContactInput,
  type ReasonDetail,
  type ReasonMoment,
} from "@/lib/eligibility/eligibility-types";
import { usableTimeZone } from "@/lib/time/zoned-time";

// What every rule gets: the input with times as numbers, history cut at "now", and formatters in
// the customer's zone. Events after "now" have not happened yet from the rule's point of view.

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export interface RuleContext {
  input: EligibilityInput;
  settings: ContactPolicySettings;
  now: number;
  timeZone: string;
  /** Outbound contacts at or before now, newest first. */
  outbound: readonly (OutboundContactInput & { at: number })[];
  /** The times of the marketing ones among them, newest first. */
  marketingTimes: readonly number[];
  /** A moment on the customer's wall clock, relative to now: "tomorrow at 08:00". */
  moment: (at: number) => ReasonMoment;
  /** How long before now `at` was, in milliseconds: "3 hours ago". */
  ago: (at: number) => number;
}

export interface Denial extends EligibilityReason {
  /** When this rule alone stops denying, given no new events; null when waiting won't help. */
  earliestAllowedAt: number | null;
}

/** A rule's denial: the reason as data, its English sentence, and when waiting helps. */
export function deny(rule: EligibilityRule, detail: ReasonDetail, earliestAllowedAt: number | null): Denial {
  return { ...reasonOf(rule, detail), earliestAllowedAt };
}

export type Rule = (context: RuleContext) => readonly Denial[];

/** What a rule that doesn't deny returns: one shared empty list, not a new one per check. */
export const NONE: readonly Denial[] = Object.freeze([]);

export function buildRuleContext(input: EligibilityInput): RuleContext {
  const now = input.now.getTime();
  const timeZone = usableTimeZone(input.customer.timeZone);
  const outbound: (OutboundContactInput & { at: number })[] = [];
  for (const { occurredAt, purpose, channel, subjectRef } of input.outbound) {
    const at = occurredAt.getTime();
    if (at <= now) outbound.push({ occurredAt, purpose, channel, subjectRef, at });
  }
  if (outbound.length > 1) outbound.sort((a, b) => b.at - a.at);
  const marketingTimes: number[] = [];
  for (const contact of outbound) if (isMarketingPurpose(contact.purpose)) marketingTimes.push(contact.at);
  return {
    input,
    settings: input.policy.settings,
    now,
    timeZone,
    outbound,
    marketingTimes,
    moment: (at) => momentOf(at, now, timeZone),
    ago: (at) => now - at,
  };
}

/**
 * A limit of `max` per rolling window: with `max` or more contacts (newest first) inside it, the
 * next is allowed once the max-th newest leaves the window. The window is (now − length, now].
 */
export function rollingLimit(
  times: readonly number[],
  now: number,
  lengthMs: number,
  max: number,
): { count: number; earliestAllowedAt: number } | null {
  const inside = times.filter((at) => at > now - lengthMs);
  const pivot = inside[max - 1];
  if (pivot === undefined) return null;
  return { count: inside.length, earliestAllowedAt: pivot + lengthMs };
}
