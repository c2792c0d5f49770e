import type { EventType } from "@/lib/generated/prisma/enums";
import { journalSummaries } from "@/lib/journal/journal-labels";
import { JOURNAL_EVENT_TYPES, type JournalEntryInput, type JournalKind } from "@/lib/validation/journal";

// Words of the "log what happened" form that are not labels of stored values (those are in
// lib/journal/journal-labels.ts).

export const journalCopy = {
  heading: "Log what happened",
  you: "You",
  location: "Where",
  chooseLocation: "Choose a location…",
  channel: "How",
  noteLabel: "What happened?",
  notePlaceholder: "For example: asked for a late check-out on Sunday; agreed 13:00.",
  outcomeLabel: "Outcome",
  commentLabel: "Comment (optional)",
  factKindLabel: "Kind of fact",
  factLabelLabel: "About",
  factLabelPlaceholder: "For example: Room preference",
  factValueLabel: "What they told us",
  factValuePlaceholder: "For example: High floor, away from the lift",
  optOutConfirm: "Record that the customer asked not to be contacted for marketing.",
  cancel: "Cancel",
  close: "Close",
  save: {
    note: "Save note",
    outcome: "Save outcome",
    fact: "Save fact",
    marketing_opt_out: "Record opt-out",
  } satisfies Record<JournalKind, string>,
  saving: {
    note: "Saving note…",
    outcome: "Saving outcome…",
    fact: "Saving fact…",
    marketing_opt_out: "Recording opt-out…",
  } satisfies Record<JournalKind, string>,
  saved: {
    note: "Note saved.",
    outcome: "Outcome saved.",
    fact: "Fact saved.",
    marketing_opt_out: "Opt-out recorded.",
  } satisfies Record<JournalKind, string>,
  failed: (what: string, message: string) => `${what} was not saved: ${message}`,
  failedWhat: {
    note: "Your note",
    outcome: "The outcome",
    fact: "The fact",
    marketing_opt_out: "The opt-out",
  } satisfies Record<JournalKind, string>,
  retry: "Edit and try again",
  dismiss: "Dismiss",
  offline: "the server could not be reached. Check the connection.",
  serverStatus: (status: number) => `the server answered ${status}.`,
  fixFields: "Check the highlighted fields.",
};

/** The type and one-line summary an entry will have on the timeline, for the optimistic row. */
export function describeEntry(input: JournalEntryInput): { type: EventType; summary: string } {
  switch (input.kind) {
    case "note":
      return { type: JOURNAL_EVENT_TYPES.note, summary: journalSummaries.note(input.text) };
    case "outcome":
      return {
        type: JOURNAL_EVENT_TYPES.outcome,
        summary: journalSummaries.outcome(input.outcome, input.comment),
      };
    case "fact":
      return { type: JOURNAL_EVENT_TYPES.fact, summary: journalSummaries.fact(input.label, input.value) };
    case "marketing_opt_out":
      return { type: JOURNAL_EVENT_TYPES.marketing_opt_out, summary: journalSummaries.marketingOptOut() };
  }
}
