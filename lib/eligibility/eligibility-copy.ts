import type { CaseKind, Channel, ConsentPurpose, ContactPurpose } from "@/lib/generated/prisma/enums";
import { eventTypeLabels } from "@/lib/format/labels";
import type { EligibilityRule, InteractionInput } from "./eligibility-types";
import { localParts } from "@/lib/time/zoned-time";

// Every sentence the eligibility engine says, in one place so a translation can replace it.
// Moments are told in the customer's time zone, the zone the policy's quiet hours are about.

export const contactPurposeLabels: Record<ContactPurpose, string> = {
  marketing_email: "Marketing email",
  marketing_sms: "Marketing text message",
  marketing_push: "Marketing push message",
  survey: "Survey",
  service_followup: "Service follow-up",
  proactive_social: "Unsolicited social media contact",
};

export const eligibilityRuleLabels: Record<EligibilityRule, string> = {
  marketing_budget: "Marketing budget reached",
  marketing_daily_limit: "Daily marketing limit",
  marketing_channel_limit: "Per-channel weekly limit",
  survey_interval: "Surveyed recently",
  survey_after_trivial: "Survey after a trivial interaction",
  survey_case_open: "Case still open",
  survey_case_recently_resolved: "Case resolved too recently",
  survey_subject_already_surveyed: "Already surveyed about this case or stay",
  quiet_hours: "Quiet hours",
  quiet_date: "Quiet date",
  consent_missing: "No consent",
  consent_refused: "Consent refused",
  proactive_social_forbidden: "Unsolicited social contact forbidden",
  proactive_social_not_safety: "Unsolicited social contact only for safety",
  not_a_followup: "Not a service follow-up",
};

/** A stored rule id in words (the engine's own labels); an id from an older release shows as is. */
export function ruleLabel(rule: string): string {
  return (eligibilityRuleLabels as Record<string, string>)[rule] ?? rule;
}

const consentPurposeWords: Record<ConsentPurpose, string> = {
  newsletter: "the newsletter",
  promotions: "promotions",
  surveys: "surveys",
  personalisation: "personalisation",
};

const channelWords: Partial<Record<Channel, string>> = {
  email: "by email",
  sms: "by text message",
  app: "in the app",
  phone: "by phone",
  web: "on the website",
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** "today at 14:05", "tomorrow", "21 Feb at 08:00", "3 Jan 2027". */
export function formatMoment(at: number, now: number, timeZone: string): string {
  const local = localParts(timeZone, at);
  const today = localParts(timeZone, now);
  const pad = (value: number) => String(value).padStart(2, "0");
  const clock = local.hour === 0 && local.minute === 0 ? "" : ` at ${pad(local.hour)}:${pad(local.minute)}`;
  const days = (dayNumber(local) - dayNumber(today)) / DAY_MS;
  if (days === 0) return `today${clock}`;
  if (days === 1) return `tomorrow${clock}`;
  const year = local.year === today.year ? "" : ` ${local.year}`;
  return `${local.day} ${MONTHS[local.month - 1]}${year}${clock}`;
}

const dayNumber = (parts: { year: number; month: number; day: number }) =>
  Date.UTC(parts.year, parts.month - 1, parts.day);

/** "3 hours ago", "12 days ago". */
export function formatAgo(at: number, now: number): string {
  const elapsed = Math.max(0, now - at);
  if (elapsed < HOUR_MS) {
    const minutes = Math.floor(elapsed / 60_000);
    return minutes <= 1 ? "just now" : `${minutes} minutes ago`;
  }
  if (elapsed < DAY_MS) {
    const hours = Math.floor(elapsed / HOUR_MS);
    return hours === 1 ? "1 hour ago" : `${hours} hours ago`;
  }
  const days = Math.floor(elapsed / DAY_MS);
  return days === 1 ? "1 day ago" : `${days} days ago`;
}

const caseWord = (kind: CaseKind) => (kind === "complaint" ? "Complaint" : "Service case");

export const eligibilityCopy = {
  marketingBudget: (count: number, max: number, days: number, from: string) =>
    `${count} marketing contacts in the last ${days} days (limit ${max}); the next is allowed from ${from}`,
  marketingDaily: (count: number, max: number, from: string) =>
    `${count === 1 ? "Already contacted" : `Contacted ${count} times`} with marketing today (limit ${max} a day); the next is allowed from ${from}`,
  marketingChannel: (count: number, max: number, days: number, purpose: ContactPurpose, from: string) =>
    `${count} ${contactPurposeLabels[purpose].toLowerCase()}s in the last ${days} days (limit ${max}); the next is allowed from ${from}`,
  surveyInterval: (ago: string, from: string) => `Surveyed ${ago}; the next survey is allowed from ${from}`,
  surveyAfterTrivial: (interaction: InteractionInput, ago: string, from: string) =>
    `${interactionWords(interaction)} ${ago}, a trivial interaction; no survey until ${from}`,
  caseOpen: (kind: CaseKind, reference: string) =>
    `${caseWord(kind)} ${reference} is still open; no survey until it has been resolved`,
  caseResolvedRecently: (kind: CaseKind, reference: string, ago: string, hours: number, from: string) =>
    `${caseWord(kind)} ${reference} was resolved ${ago}; surveys wait ${hours} hours after a case, until ${from}`,
  caseResolvedLater: (kind: CaseKind, reference: string, from: string) =>
    `${caseWord(kind)} ${reference} was still open then; no survey until ${from}`,
  subjectSurveyed: (reference: string, ago: string) =>
    `Already surveyed about ${reference} (${ago}); one survey per case or stay`,
  quietHours: (start: string, end: string, from: string) =>
    `Quiet hours (${start}–${end} in the customer's time zone); allowed from ${from}`,
  quietDate: (from: string) => `Today is a quiet date without outbound contact; allowed from ${from}`,
  consentMissing: (purpose: ConsentPurpose, channel: Channel) =>
    `No consent for ${consentPurposeWords[purpose]} ${channelWords[channel] ?? `on ${channel}`}`,
  consentRefused: (purpose: ConsentPurpose, channel: Channel, when: string) =>
    `Refused ${consentPurposeWords[purpose]} ${channelWords[channel] ?? `on ${channel}`} (${when}); a refusal is never overridden`,
  proactiveForbidden: () => "Unsolicited contact about a public post is forbidden by the contact policy",
  proactiveNotSafety: () => "Unsolicited contact about a public post is only allowed for a safety issue",
  notAFollowup: (caseRef: string | null, judgedAs: ContactPurpose) =>
    `Sent as a service follow-up, but ${caseRef ? `${caseRef} is no open or recent case of this customer` : "it answers no case or recent question of this customer"}; judged as ${contactPurposeLabels[judgedAs].toLowerCase()}`,
};

function interactionWords(interaction: InteractionInput): string {
  switch (interaction.type) {
    case "address_change":
      return "Changed their address";
    case "password_reset":
      return "Reset their password";
    case "info_question":
      return "Asked an information question";
    case "invoice_copy":
      return "Asked for an invoice copy";
    case "payment":
      return interaction.amount === null ? "Made a payment" : `Paid €${interaction.amount.toFixed(2)}`;
    default:
      return eventTypeLabels[interaction.type];
  }
}
