import { z } from "zod";
import type { Messages } from "next-intl";
import { issueMessage, messageRef } from "@/lib/i18n/message-ref";
import { ConsentPurpose, ContactPurpose, EventType } from "@/lib/generated/prisma/enums";

// The contact policy's settings as stored in ContactPolicy.settings and edited on the admin page.
// Shared by the server and the admin form (narrow with .pick()/.shape), so nothing server-only here.
// Numbers coerce, so the form's strings parse directly; stored JSON holds plain numbers.

type FieldLabel = keyof Messages["validation"]["policy"]["fields"];
/** The field's label as a reference, said in the same language as the sentence around it. */
const label = (field: FieldLabel) => messageRef(`validation.policy.fields.${field}`);

const wholeNumber = (field: FieldLabel, min: number, max: number) =>
  z.coerce
    .number({ error: issueMessage("validation.policy.number", { field: label(field) }) })
    .int({ error: issueMessage("validation.policy.wholeNumber", { field: label(field) }) })
    .min(min, { error: issueMessage("validation.policy.atLeast", { field: label(field), min }) })
    .max(max, { error: issueMessage("validation.policy.atMost", { field: label(field), max }) });

const clockTime = (field: FieldLabel) =>
  z
    .string({ error: issueMessage("validation.policy.time", { field: label(field) }) })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
      error: issueMessage("validation.policy.time24", { field: label(field) }),
    });

const isoDay = z
  .string({ error: issueMessage("validation.policy.quietDate") })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: issueMessage("validation.policy.quietDate") })
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), {
    error: issueMessage("validation.policy.quietDateReal"),
  });

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

export const marketingBudgetSchema = z.strictObject({
  maxContacts: wholeNumber("maxContacts", 1, 100),
  windowDays: wholeNumber("windowDays", 1, 365),
  maxPerDay: wholeNumber("maxPerDay", 1, 24),
  maxPerChannel: wholeNumber("maxPerChannel", 1, 100),
  channelWindowDays: wholeNumber("channelWindowDays", 1, 90),
});

export const surveyRulesSchema = z.strictObject({
  minDaysBetween: wholeNumber("minDaysBetween", 0, 730),
  /** Event types that never lead to a survey: asking about them would be absurd. */
  trivialInteractions: z
    .array(z.enum(EventType, { error: issueMessage("validation.policy.interactionType") }))
    .max(30, { error: issueMessage("validation.policy.trivialMax", { max: 30 }) })
    .refine(unique, { error: issueMessage("validation.policy.trivialOnce") }),
  /** A payment below this amount (EUR) is trivial too; null: payments never are. */
  trivialPaymentBelow: z.coerce
    .number({ error: issueMessage("validation.policy.paymentNumber") })
    .min(0, { error: issueMessage("validation.policy.paymentNegative") })
    .max(1_000_000, { error: issueMessage("validation.policy.paymentMax", { max: 1_000_000 }) })
    .nullable(),
  trivialBlockDays: wholeNumber("trivialBlockDays", 1, 90),
  hoursAfterCaseResolved: wholeNumber("hoursAfterCaseResolved", 0, 720),
  onePerSubject: z.boolean({ error: issueMessage("validation.policy.onePerSubject") }),
});

export const quietHoursSchema = z.strictObject({
  /** Local wall-clock times in the customer's time zone; start after end wraps past midnight. */
  start: clockTime("quietStart"),
  end: clockTime("quietEnd"),
  dates: z
    .array(isoDay)
    .max(366, { error: issueMessage("validation.policy.quietDatesMax", { max: 366 }) })
    .refine(unique, { error: issueMessage("validation.policy.quietDatesOnce") }),
});

/** Purposes that need a granted consent, and which ConsentPurpose each needs (all of them). */
export const CONSENTED_PURPOSES = ["marketing_email", "marketing_sms", "marketing_push", "survey"] as const;
export type ConsentedPurpose = (typeof CONSENTED_PURPOSES)[number];

const consentList = z
  .array(z.enum(ConsentPurpose, { error: issueMessage("validation.policy.consentPurpose") }))
  .max(4)
  .refine(unique, { error: issueMessage("validation.policy.consentOnce") });

export const consentRulesSchema = z.strictObject({
  required: z.strictObject({
    marketing_email: consentList.min(1, { error: issueMessage("validation.policy.emailConsent") }),
    marketing_sms: consentList.min(1, { error: issueMessage("validation.policy.smsConsent") }),
    marketing_push: consentList.min(1, { error: issueMessage("validation.policy.pushConsent") }),
    survey: consentList,
  }),
});

export const PROACTIVE_SOCIAL_MODES = ["forbidden", "safety_only"] as const;
export const proactiveSocialSchema = z.enum(PROACTIVE_SOCIAL_MODES, {
  error: issueMessage("validation.policy.proactiveSocial"),
});

export const contactPolicySettingsSchema = z.strictObject({
  marketing: marketingBudgetSchema,
  surveys: surveyRulesSchema,
  quietHours: quietHoursSchema,
  consent: consentRulesSchema,
  proactiveSocial: proactiveSocialSchema,
});

export type ContactPolicySettings = z.infer<typeof contactPolicySettingsSchema>;

/** The policy in force: its settings and version. */
export interface ContactPolicy {
  /** 0 while the built-in defaults are in force (no version saved yet). */
  version: number;
  settings: ContactPolicySettings;
}
export type ProactiveSocialMode = (typeof PROACTIVE_SOCIAL_MODES)[number];

/** In force until an admin saves the first version; stored versions start at 1. */
export const DEFAULT_CONTACT_POLICY: ContactPolicySettings = {
  marketing: { maxContacts: 4, windowDays: 30, maxPerDay: 1, maxPerChannel: 2, channelWindowDays: 7 },
  surveys: {
    minDaysBetween: 90,
    trivialInteractions: ["address_change", "password_reset", "info_question", "invoice_copy"],
    trivialPaymentBelow: 25,
    trivialBlockDays: 7,
    hoursAfterCaseResolved: 24,
    onePerSubject: true,
  },
  quietHours: { start: "21:00", end: "08:00", dates: [] },
  consent: {
    required: {
      marketing_email: ["promotions"],
      marketing_sms: ["promotions"],
      marketing_push: ["promotions"],
      survey: ["surveys"],
    },
  },
  proactiveSocial: "forbidden",
};

export const contactPurposeSchema = z.enum(ContactPurpose, {
  error: issueMessage("validation.policy.purpose", { purposes: Object.values(ContactPurpose).join(", ") }),
});

/** Admin-edited times are "HH:MM"; minutes after local midnight. */
export function minutesOfClock(value: string): number {
  const [hours = "0", minutes = "0"] = value.split(":");
  return Number(hours) * 60 + Number(minutes);
}
