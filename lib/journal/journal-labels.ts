import type { EventType } from "@/lib/generated/prisma/enums";
import { OUTCOMES, type Outcome } from "@/lib/validation/journal";

// The one-line summary an entry logged in Gastvrij stores on the timeline. This is stored data, not
// interface text: it is written the same way whoever logs it (and always was), so existing rows keep
// their meaning. Screens say outcomes and opt-outs in the staff member's language by reading the
// summary back (readJournalSummary); the words for that are in messages/*/journal.json. Pure: the
// form imports it too.

const STORED_OUTCOMES: Record<Outcome, string> = {
  greeted: "Greeted",
  advised: "Advised",
  resolved_issue: "Resolved an issue",
  escalated: "Escalated",
};

const STORED_OPT_OUT = "Asked not to be contacted for marketing (newsletters and promotions)";

const SUMMARY_MAX = 280;

const oneLine = (text: string, max = SUMMARY_MAX) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export const journalSummaries = {
  note: (text: string) => oneLine(text),
  outcome: (outcome: Outcome, comment?: string) =>
    oneLine(`${STORED_OUTCOMES[outcome]}${comment?.trim() ? `: ${comment.trim()}` : ""}`),
  fact: (label: string, value: string) => oneLine(`${label}: ${value}`),
  marketingOptOut: () => STORED_OPT_OUT,
};

/** What a stored summary says, when it is one Gastvrij wrote in its own words. */
export type JournalSummary =
  { kind: "outcome"; outcome: Outcome; comment: string | null } | { kind: "marketing_opt_out" };

/**
 * Reads the summary of an entry logged in Gastvrij back into data, so it can be said in any
 * language; null for free text (notes, facts) and for anything a source system sent.
 */
export function readJournalSummary(type: EventType, source: string, summary: string): JournalSummary | null {
  if (source !== "gastvrij") return null;
  if (type === "consent_changed") return summary === STORED_OPT_OUT ? { kind: "marketing_opt_out" } : null;
  if (type !== "staff_outcome") return null;
  for (const outcome of OUTCOMES) {
    const words = STORED_OUTCOMES[outcome];
    if (summary === words) return { kind: "outcome", outcome, comment: null };
    if (summary.startsWith(`${words}: `))
      return { kind: "outcome", outcome, comment: summary.slice(words.length + 2) };
  }
  return null;
}
