import type { EventType } from "@/lib/generated/prisma/enums";

// The contact policy's settings as paths into ContactPolicySettings, in the order the form and the
// version history show them. Their words live in the message files (contactPolicy.setting.<path>),
// so the admin form, the version history and the audit entry say the same thing. Pure.

export const SETTING_PATHS = [
  "marketing.maxContacts",
  "marketing.windowDays",
  "marketing.maxPerDay",
  "marketing.maxPerChannel",
  "marketing.channelWindowDays",
  "surveys.minDaysBetween",
  "surveys.trivialInteractions",
  "surveys.trivialPaymentBelow",
  "surveys.trivialBlockDays",
  "surveys.hoursAfterCaseResolved",
  "surveys.onePerSubject",
  "quietHours.start",
  "quietHours.end",
  "quietHours.dates",
  "consent.required.marketing_email",
  "consent.required.marketing_sms",
  "consent.required.marketing_push",
  "consent.required.survey",
  "proactiveSocial",
] as const;
export type SettingPath = (typeof SETTING_PATHS)[number];

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
