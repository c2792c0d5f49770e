import type { ConsentPurpose, EventType } from "@/lib/generated/prisma/enums";
import type { ConsentedPurpose, ProactiveSocialMode } from "@/lib/validation/contact-policy";

// Every word staff read about the contact policy, so a translation can replace this file. Pure: the
// admin form, the version history, the card and insights share it.

/** Labels of the numeric and yes/no settings, keyed by their path in ContactPolicySettings. */
export const SETTING_LABELS = {
  "marketing.maxContacts": "Marketing contacts per window",
  "marketing.windowDays": "Window (days)",
  "marketing.maxPerDay": "Marketing contacts per day",
  "marketing.maxPerChannel": "Contacts per channel",
  "marketing.channelWindowDays": "Channel window (days)",
  "surveys.minDaysBetween": "Days between surveys",
  "surveys.trivialInteractions": "Trivial interactions",
  "surveys.trivialPaymentBelow": "Payments below (EUR) are trivial",
  "surveys.trivialBlockDays": "Days a trivial interaction blocks a survey",
  "surveys.hoursAfterCaseResolved": "Hours to wait after a case is resolved",
  "surveys.onePerSubject": "At most one survey per case or stay",
  "quietHours.start": "Quiet from",
  "quietHours.end": "Quiet until",
  "quietHours.dates": "Quiet dates",
  "consent.required.marketing_email": "Consent for marketing email",
  "consent.required.marketing_sms": "Consent for marketing SMS",
  "consent.required.marketing_push": "Consent for push messages",
  "consent.required.survey": "Consent for surveys",
  proactiveSocial: "Proactive social contact",
} as const;
export type SettingPath = keyof typeof SETTING_LABELS;

export const PROACTIVE_SOCIAL_LABELS: Record<ProactiveSocialMode, string> = {
  forbidden: "Forbidden: never reply to posts not addressed to us",
  safety_only: "Only for safety issues",
};

export const CONSENT_PURPOSE_LABELS: Record<ConsentPurpose, string> = {
  newsletter: "Newsletter",
  promotions: "Promotions",
  surveys: "Surveys",
  personalisation: "Personalisation",
};

export const CONSENTED_PURPOSE_LABELS: Record<ConsentedPurpose, string> = {
  marketing_email: "Marketing email",
  marketing_sms: "Marketing SMS",
  marketing_push: "Push messages",
  survey: "Surveys",
};

/** Inbound interactions an admin may mark trivial; outbound and staff events never start a survey. */
export const TRIVIAL_INTERACTION_CHOICES = [
  "address_change",
  "password_reset",
  "info_question",
  "invoice_copy",
  "consent_changed",
  "booking_modified",
  "service_contact",
  "page_view",
  "campaign_click",
  "order_placed",
  "payment",
] as const satisfies readonly EventType[];
