import { z } from "zod";
import { issueMessage } from "@/lib/i18n/message-ref";
import { FactKind, type EventType } from "@/lib/generated/prisma/enums";
import { requiredText, text } from "./api-text";

// What staff log from the greeting card. Shared by the route and the form (which narrows it per
// kind), so nothing Node-only here.

export const JOURNAL_KINDS = ["note", "outcome", "fact", "marketing_opt_out"] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

/** The timeline event each kind becomes. */
export const JOURNAL_EVENT_TYPES: Record<JournalKind, EventType> = {
  note: "staff_note",
  outcome: "staff_outcome",
  fact: "fact_learned",
  marketing_opt_out: "consent_changed",
};

export const OUTCOMES = ["greeted", "advised", "resolved_issue", "escalated"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Where it happened: at the desk or on the phone. Both are the customer coming to us (inbound). */
export const JOURNAL_CHANNELS = ["in_person", "phone"] as const;

/** A marketing opt-out denies these purposes on each of these channels. */
export const MARKETING_PURPOSES = ["newsletter", "promotions"] as const;
export const MARKETING_CHANNELS = ["email", "sms", "app"] as const;

export const NOTE_MAX = 2000;

const common = {
  /** Made by the browser once per entry: a double submit stores it once. */
  clientId: z.uuid({ error: issueMessage("validation.journal.clientId") }),
  /** Required when the actor has more than one location (or is an admin). */
  locationId: z.uuid({ error: issueMessage("validation.journal.locationId") }).optional(),
  channel: z
    .enum(JOURNAL_CHANNELS, { error: issueMessage("validation.journal.channel") })
    .default("in_person"),
};

export const noteSchema = z.strictObject({
  kind: z.literal("note"),
  ...common,
  text: requiredText(NOTE_MAX),
});

export const outcomeSchema = z.strictObject({
  kind: z.literal("outcome"),
  ...common,
  outcome: z.enum(OUTCOMES, {
    error: issueMessage("validation.journal.outcome", { options: OUTCOMES.join(", ") }),
  }),
  comment: text(500).optional(),
});

export const factSchema = z.strictObject({
  kind: z.literal("fact"),
  ...common,
  factKind: z.enum(FactKind, { error: issueMessage("validation.journal.factKind") }),
  label: requiredText(80),
  value: requiredText(500),
});

export const marketingOptOutSchema = z.strictObject({
  kind: z.literal("marketing_opt_out"),
  ...common,
  comment: text(500).optional(),
});

export const journalEntrySchema = z.discriminatedUnion(
  "kind",
  [noteSchema, outcomeSchema, factSchema, marketingOptOutSchema],
  { error: issueMessage("validation.common.oneOf", { options: JOURNAL_KINDS.join(", ") }) },
);

export type JournalEntryInput = z.input<typeof journalEntrySchema>;
export type JournalEntry = z.output<typeof journalEntrySchema>;
