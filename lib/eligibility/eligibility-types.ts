import type {
  CaseKind,
  CaseStatus,
  Channel,
  ConsentPurpose,
  ConsentStatus,
  ContactPurpose,
  Direction,
  EventType,
} from "@/lib/generated/prisma/enums";
import type { ContactPolicy } from "@/lib/validation/contact-policy";

// The eligibility engine's input and output. Pure types and mappings (no server-only), so the
// ingest, the card, the boards, the API and the tests share them.

export const CONTACT_PURPOSES = [
  "marketing_email",
  "marketing_sms",
  "marketing_push",
  "survey",
  "service_followup",
  "proactive_social",
] as const satisfies readonly ContactPurpose[];

export const MARKETING_PURPOSES = ["marketing_email", "marketing_sms", "marketing_push"] as const;
export type MarketingPurpose = (typeof MARKETING_PURPOSES)[number];

export function isMarketingPurpose(purpose: ContactPurpose): purpose is MarketingPurpose {
  return (MARKETING_PURPOSES as readonly string[]).includes(purpose);
}

/** The consent channel of each marketing purpose (push messages are consented in the app). */
export const MARKETING_CHANNEL: Record<MarketingPurpose, Channel> = {
  marketing_email: "email",
  marketing_sms: "sms",
  marketing_push: "app",
};

/** Stable rule ids: stored in OutboundContact.violatedRules and grouped by in insights. */
export const ELIGIBILITY_RULES = [
  "marketing_budget",
  "marketing_daily_limit",
  "marketing_channel_limit",
  "survey_interval",
  "survey_after_trivial",
  "survey_case_open",
  "survey_case_recently_resolved",
  "survey_subject_already_surveyed",
  "quiet_hours",
  "quiet_date",
  "consent_missing",
  "consent_refused",
  "proactive_social_forbidden",
  "proactive_social_not_safety",
  "not_a_followup",
] as const;
export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

export interface OutboundContactInput {
  occurredAt: Date;
  purpose: ContactPurpose;
  channel: Channel;
  /** The case or booking reference a survey was about. */
  subjectRef: string | null;
}

/** An inbound interaction that may make a survey absurd (address change, small payment …). */
export interface InteractionInput {
  type: EventType;
  occurredAt: Date;
  /** Payment amount in EUR, when the event carried one. */
  amount: number | null;
}

export interface CaseInput {
  reference: string;
  kind: CaseKind;
  status: CaseStatus;
  openedAt: Date;
  closedAt: Date | null;
}

export interface ConsentInput {
  purpose: ConsentPurpose;
  channel: Channel;
  status: ConsentStatus;
  occurredAt: Date;
}

export interface EligibilityInput {
  now: Date;
  customer: { timeZone: string };
  policy: ContactPolicy;
  purpose: ContactPurpose;
  /** Outbound contacts at least as far back as the policy's longest window; later than now is ignored. */
  outbound: readonly OutboundContactInput[];
  /** Recent inbound interactions of the trivial kinds and payments. */
  interactions: readonly InteractionInput[];
  /** Open or pending cases, and cases resolved within the policy's waiting time. */
  cases: readonly CaseInput[];
  /** Consent events; the latest per purpose and channel at or before now wins (history is fine). */
  consents: readonly ConsentInput[];
  /** The case or stay a survey would be about ("one survey per case or stay"). */
  subjectRef?: string | null;
  /** Proactive social contact about a safety issue (allowed under "safety_only"). */
  isSafetyIssue?: boolean;
  /** The channel a survey would use; marketing purposes imply theirs. Defaults to email. */
  channel?: Channel;
  /** Overrides the policy's consent purposes, e.g. ["newsletter"] when judging a sent newsletter. */
  consentPurposes?: readonly ConsentPurpose[];
}

/**
 * A moment told to staff relative to the check, on the customer's wall clock: "today at 14:05",
 * "tomorrow", "21 Feb at 08:00", "3 Jan 2027". Data, so it can be said in any language.
 */
export interface ReasonMoment {
  /** Calendar days from the check's day to this moment's day, in the customer's zone. */
  days: number;
  /** The moment's calendar day in the customer's zone, "2027-01-03". */
  date: string;
  /** "08:00", or null at midnight (a whole day). */
  time: string | null;
  sameYear: boolean;
}

/**
 * Why a rule denies, as data: the sentence's key in messages/<locale>/contactPressure.json
 * (contactPressure.reasons.*) and its values. Durations ("ago") are milliseconds before the check.
 */
export type ReasonDetail =
  | { key: "marketingBudget"; count: number; max: number; days: number; from: ReasonMoment }
  | { key: "marketingDaily"; count: number; max: number; from: ReasonMoment }
  | {
      key: "marketingChannel";
      count: number;
      max: number;
      days: number;
      purpose: ContactPurpose;
      from: ReasonMoment;
    }
  | { key: "surveyInterval"; ago: number; from: ReasonMoment }
  | {
      key: "surveyAfterTrivial";
      interaction: { type: EventType; amount: number | null };
      ago: number;
      from: ReasonMoment;
    }
  | { key: "caseOpen"; kind: CaseKind; reference: string }
  | {
      key: "caseResolvedRecently";
      kind: CaseKind;
      reference: string;
      ago: number;
      hours: number;
      from: ReasonMoment;
    }
  | { key: "caseResolvedLater"; kind: CaseKind; reference: string; from: ReasonMoment }
  | { key: "subjectSurveyed"; reference: string; ago: number }
  | { key: "quietHours"; start: string; end: string; from: ReasonMoment }
  | { key: "quietDate"; from: ReasonMoment }
  | { key: "consentMissing"; purpose: ConsentPurpose; channel: Channel }
  | { key: "consentRefused"; purpose: ConsentPurpose; channel: Channel; when: ReasonMoment }
  | { key: "proactiveForbidden" }
  | { key: "proactiveNotSafety" }
  | { key: "notAFollowup"; caseRef: string | null; judgedAs: ContactPurpose };

export interface EligibilityReason {
  rule: EligibilityRule;
  /**
   * The sentence in English, for the public API and logs: "Surveyed 12 days ago; the next survey is
   * allowed from 21 Feb". Staff read `detail` in their own language (sayReason, eligibility-copy.ts).
   */
  message: string;
  detail: ReasonDetail;
}

export interface EligibilityResult {
  purpose: ContactPurpose;
  allowed: boolean;
  /** Every rule that denies; empty when allowed. */
  reasons: EligibilityReason[];
  /** Now when allowed; the first moment every rule allows; null when waiting won't help (consent refused, case open). */
  earliestAllowedAt: Date | null;
  policyVersion: number;
}

/** The parts of a journey event that decide what kind of contact it was. */
export interface ContactEventShape {
  type: EventType;
  channel: Channel;
  direction: Direction;
  payload?: unknown;
}

function payloadField(payload: unknown, key: string): unknown {
  return payload && typeof payload === "object" && !Array.isArray(payload)
    ? (payload as Record<string, unknown>)[key]
    : undefined;
}

export function marketingPurposeOf(channel: Channel): MarketingPurpose {
  if (channel === "sms" || channel === "phone") return "marketing_sms";
  if (channel === "app" || channel === "web") return "marketing_push";
  return "marketing_email";
}

/**
 * What kind of contact an outbound event claims to be, or null when it is not contact the policy
 * governs (transactional messages such as order_ready or booking confirmations, and every inbound
 * event). A source may state it with payload.contactPurpose. A reply on social media is unsolicited
 * unless it names a case or the post was addressed to us (payload.caseRef / payload.addressedToUs).
 * A claimed "service_followup" still has to prove itself: see lib/eligibility/service-followup.ts.
 */
export function contactPurposeOf(event: ContactEventShape): ContactPurpose | null {
  if (event.direction !== "outbound") return null;
  const stated = payloadField(event.payload, "contactPurpose");
  if (typeof stated === "string" && (CONTACT_PURPOSES as readonly string[]).includes(stated)) {
    return stated as ContactPurpose;
  }
  switch (event.type) {
    case "newsletter_sent":
    case "promotion_sent":
      return marketingPurposeOf(event.channel);
    case "survey_sent":
      return "survey";
    case "service_reply":
    case "social_mention": {
      if (event.channel !== "social") return "service_followup";
      const isSolicited = isAddressedToUs(event.payload) || caseRefOf(event.payload) !== null;
      return isSolicited ? "service_followup" : "proactive_social";
    }
    default:
      return null;
  }
}

export function isAddressedToUs(payload: unknown): boolean {
  return payloadField(payload, "addressedToUs") === true;
}

/** The service case a reply says it belongs to (payload.caseRef), normalized like subjects. */
export function caseRefOf(payload: unknown): string | null {
  const value = payloadField(payload, "caseRef");
  return typeof value === "string" && value.trim() !== "" ? normalizeSubjectRef(value) : null;
}

/** What the loader accepts as an amount (no sign, no exponent), shared so both read alike. */
export const EUR_AMOUNT = /^\d{1,12}(\.\d+)?$/;

/**
 * A payment's amount in EUR, as the loader reads it from stored events: payload.amount as a number
 * or decimal string, and payload.currency absent or "EUR". Null for anything else.
 */
export function paymentAmountOf(type: EventType, payload: unknown): number | null {
  if (type !== "payment") return null;
  const currency = payloadField(payload, "currency");
  if (currency !== undefined && currency !== null && currency !== "EUR") return null;
  const amount = payloadField(payload, "amount");
  const text = typeof amount === "number" && Number.isFinite(amount) ? String(amount) : amount;
  return typeof text === "string" && EUR_AMOUNT.test(text) ? Number(text) : null;
}

/** The consent a sent message relied on: a newsletter needs newsletter consent, an offer promotions. */
export function consentPurposeOfEvent(event: Pick<ContactEventShape, "type">): ConsentPurpose | null {
  if (event.type === "newsletter_sent") return "newsletter";
  if (event.type === "promotion_sent") return "promotions";
  return null;
}

const SUBJECT_KEYS = ["subjectRef", "caseRef", "bookingRef", "bookingReference", "orderNumber"] as const;

/** The case, booking or order a survey asks about, from its payload. */
export function subjectRefOf(payload: unknown): string | null {
  for (const key of SUBJECT_KEYS) {
    const value = payloadField(payload, key);
    if (typeof value === "string" && value.trim() !== "") return normalizeSubjectRef(value);
  }
  return null;
}

/** References compare without case or spaces, like booking references elsewhere. */
export function normalizeSubjectRef(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase();
}

export type { ContactPolicy };
