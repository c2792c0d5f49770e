import type { JournalKind, Outcome } from "@/lib/validation/journal";

// Every word of "log what happened", for the form and for the one-line summaries stored on the
// timeline, so a translation replaces this file only. Pure: the form imports it too.

export const journalKindLabels: Record<JournalKind, string> = {
  note: "Note",
  outcome: "Outcome",
  fact: "Learned a fact",
  marketing_opt_out: "No marketing",
};

export const journalKindDescriptions: Record<JournalKind, string> = {
  note: "Write down what happened, for the next colleague.",
  outcome: "Record how this contact ended.",
  fact: "Something the customer told us, so nobody asks again.",
  marketing_opt_out:
    "The customer asks not to be contacted for marketing. Newsletters and promotions stop on email, text message and app.",
};

export const outcomeLabels: Record<Outcome, string> = {
  greeted: "Greeted",
  advised: "Advised",
  resolved_issue: "Resolved an issue",
  escalated: "Escalated",
};

export const journalChannelLabels = { in_person: "In person", phone: "On the phone" } as const;

const oneLine = (text: string, max = 280) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export const journalSummaries = {
  note: (text: string) => oneLine(text),
  outcome: (outcome: Outcome, comment?: string) =>
    oneLine(`${outcomeLabels[outcome]}${comment?.trim() ? `: ${comment.trim()}` : ""}`),
  fact: (label: string, value: string) => oneLine(`${label}: ${value}`),
  marketingOptOut: () => "Asked not to be contacted for marketing (newsletters and promotions)",
};
