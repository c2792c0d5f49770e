import type { Channel } from "@/lib/generated/prisma/enums";
import type { CardLine } from "@/lib/contact-pressure/get-contact-pressure-card";

// Every word of the card's contact-pressure part, so a translation replaces this file only.

export const pressureCopy = {
  meterLabel: (count: number, budget: number, days: number) =>
    `${count} of ${budget} marketing contacts in the last ${days} days`,
  meterText: (count: number, budget: number, days: number) =>
    `${count} of ${budget} marketing · ${days} days`,
  atLimit: "limit reached",
  none: "no marketing",
  alsoSent: (parts: string[]) => `Also ${parts.join(", ")}; these don't count.`,
  surveys: (n: number) => `${n} ${n === 1 ? "survey" : "surveys"}`,
  replies: (n: number) => `${n} service ${n === 1 ? "reply" : "replies"}`,
  social: (n: number) => `${n} social ${n === 1 ? "reply" : "replies"}`,
  allowed: (question: string) => `${question} OK`,
  denied: (question: string) => `${question}? No:`,
  alsoReason: (message: string) => `Also: ${message}`,
  sharedReasons: (messages: string[]) => `For all of these: ${messages.join("; ")}`,
  moreReasons: (n: number) => `+ ${n} more ${n === 1 ? "reason" : "reasons"}`,
  verdictsLabel: "May we contact them now?",
  unavailable: "Contact pressure is not available for this customer.",
};

/** One question per card line; each line checks exactly what its words say (see CARD_LINES). */
export const purposeQuestions: Record<CardLine, string> = {
  survey: "Ask for feedback",
  newsletter: "Newsletter",
  email_offers: "Email offers",
  text_offers: "Text offers",
  push_messages: "Push messages",
};

export const channelNames: Partial<Record<Channel, string>> = {
  email: "Email",
  sms: "SMS",
  app: "Push",
  phone: "Phone",
  web: "Web",
  social: "Social",
};

/** One colour per channel in the meter; the rest share grey. */
export const channelColors: Partial<Record<Channel, string>> = {
  email: "bg-brand-500",
  sms: "bg-amber-500",
  app: "bg-sky-500",
};
