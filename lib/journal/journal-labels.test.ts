import { describe, expect, it } from "vitest";
import { journalSummaries, readJournalSummary } from "./journal-labels";

describe("stored journal summaries", () => {
  it("read back as the outcome and comment they were written from", () => {
    const summary = journalSummaries.outcome("resolved_issue", "  New key card made ");
    expect(summary).toBe("Resolved an issue: New key card made");
    expect(readJournalSummary("staff_outcome", "gastvrij", summary)).toEqual({
      kind: "outcome",
      outcome: "resolved_issue",
      comment: "New key card made",
    });
    expect(readJournalSummary("staff_outcome", "gastvrij", journalSummaries.outcome("greeted"))).toEqual({
      kind: "outcome",
      outcome: "greeted",
      comment: null,
    });
  });

  it("recognise the marketing opt-out", () => {
    expect(readJournalSummary("consent_changed", "gastvrij", journalSummaries.marketingOptOut())).toEqual({
      kind: "marketing_opt_out",
    });
  });

  it("leave free text and what source systems sent as they are", () => {
    expect(
      readJournalSummary("staff_note", "gastvrij", journalSummaries.note("Greeted: by the manager")),
    ).toBeNull();
    expect(readJournalSummary("staff_outcome", "crm", "Greeted")).toBeNull();
    expect(
      readJournalSummary("consent_changed", "email-tool", journalSummaries.marketingOptOut()),
    ).toBeNull();
    expect(readJournalSummary("staff_outcome", "gastvrij", "Waved")).toBeNull();
  });

  it("keep one line of at most 280 characters", () => {
    const note = journalSummaries.note(`${"word ".repeat(100)}\n\nend`);
    expect(note).toHaveLength(280);
    expect(note.endsWith("…")).toBe(true);
  });
});
