import { z } from "zod";
import { ConsentPurpose, ContactPurpose, EventType } from "@/lib/generated/prisma/enums";

// The contact policy's settings as stored in ContactPolicy.settings and edited on the admin page.
// Shared by the server and the admin form (narrow with .pick()/.shape), so nothing server-only here.
// Numbers coerce, so the form's strings parse directly; stored JSON holds plain numbers.

const wholeNumber = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} must be a number.` })
    .int({ error: `${label} must be a whole number.` })
    .min(min, { error: `${label} must be at least ${min}.` })
    .max(max, { error: `${label} must be at most ${max}.` });

const clockTime = (label: string) =>
  z
    .string({ error: `${label} must be a time such as 21:00.` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label} must be a time such as 21:00 (24-hour clock).` });

const isoDay = z
  .string({ error: "A quiet date must be a date such as 2026-12-25." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "A quiet date must be a date such as 2026-12-25." })
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), {
    error: "A quiet date must be a real calendar date.",
  });

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

export const marketingBudgetSchema = z.strictObject({
  maxContacts: wholeNumber("Marketing contacts per window", 1, 100),
  windowDays: wholeNumber("The marketing window", 1, 365),
  maxPerDay: wholeNumber("Marketing contacts per day", 1, 24),
  maxPerChannel: wholeNumber("Marketing contacts per channel", 1, 100),
  channelWindowDays: wholeNumber("The per-channel window", 1, 90),
});

export const surveyRulesSchema = z.strictObject({
  minDaysBetween: wholeNumber("Days between surveys", 0, 730),
  /** Event types that never lead to a survey: asking about them would be absurd. */
  trivialInteractions: z
    .array(z.enum(EventType, { error: "Choose a known interaction type." }))
    .max(30, { error: "List at most 30 trivial interactions." })
    .refine(unique, { error: "List each trivial interaction once." }),
  /** A payment below this amount (EUR) is trivial too; null: payments never are. */
  trivialPaymentBelow: z.coerce
    .number({ error: "The payment amount must be a number." })
    .min(0, { error: "The payment amount must not be negative." })
    .max(1_000_000, { error: "The payment amount must be at most 1,000,000." })
    .nullable(),
  trivialBlockDays: wholeNumber("Days a trivial interaction blocks a survey", 1, 90),
  hoursAfterCaseResolved: wholeNumber("Hours after a case is resolved", 0, 720),
  onePerSubject: z.boolean({ error: "Choose whether a case or stay gets at most one survey." }),
});

export const quietHoursSchema = z.strictObject({
  /** Local wall-clock times in the customer's time zone; start after end wraps past midnight. */
  start: clockTime("Quiet hours start"),
  end: clockTime("Quiet hours end"),
  dates: z
    .array(isoDay)
    .max(366, { error: "Mark at most 366 quiet dates." })
    .refine(unique, { error: "Mark each quiet date once." }),
});

/** Purposes that need a granted consent, and which ConsentPurpose each needs (all of them). */
export const CONSENTED_PURPOSES = ["marketing_email", "marketing_sms", "marketing_push", "survey"] as const;
export type ConsentedPurpose = (typeof CONSENTED_PURPOSES)[number];

const consentList = z
  .array(z.enum(ConsentPurpose, { error: "Choose a known consent purpose." }))
  .max(4)
  .refine(unique, { error: "List each consent purpose once." });

export const consentRulesSchema = z.strictObject({
  required: z.strictObject({
    marketing_email: consentList.min(1, { error: "Marketing email needs at least one consent." }),
    marketing_sms: consentList.min(1, { error: "Marketing SMS needs at least one consent." }),
    marketing_push: consentList.min(1, { error: "Marketing push messages need at least one consent." }),
    survey: consentList,
  }),
});

export const PROACTIVE_SOCIAL_MODES = ["forbidden", "safety_only"] as const;
export const proactiveSocialSchema = z.enum(PROACTIVE_SOCIAL_MODES, {
  error: 'Proactive social contact must be "forbidden" or "safety_only".',
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
  error: `Purpose must be one of ${Object.values(ContactPurpose).join(", ")}.`,
});

/** Admin-edited times are "HH:MM"; minutes after local midnight. */
export function minutesOfClock(value: string): number {
  const [hours = "0", minutes = "0"] = value.split(":");
  return Number(hours) * 60 + Number(minutes);
}
