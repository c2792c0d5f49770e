// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sayIssue } from "@/lib/i18n/translator";
import type { TimelineLocation } from "@/lib/timeline/timeline-types";
import type { JournalEntryInput, JournalKind } from "@/lib/validation/journal";
import { JournalForm, type JournalDraft } from "./journal-form";
import { toJournalInput, validateJournalInput } from "./journal-input";

afterEach(cleanup);

const hotel = { id: "0192f0c4-1b2e-7a00-8000-000000000001", name: "Hotel Amsterdam" };
const store = { id: "0192f0c4-1b2e-7a00-8000-000000000002", name: "Store Utrecht" };

/** The form as its dialog uses it: it holds the draft and checks it with the route's schema on submit. */
function Harness({
  kind,
  locations = [hotel],
  onSave,
}: {
  kind: JournalKind;
  locations?: TimelineLocation[];
  onSave: (input: JournalEntryInput) => void;
}) {
  const [draft, setDraft] = useState<JournalDraft>({
    clientId: "0192f0c4-1b2e-7a00-8000-0000000000aa",
    channel: "in_person",
    locationId: locations.length === 1 ? locations[0]!.id : "",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = () => {
    const input = toJournalInput(kind, draft);
    const found = validateJournalInput(input, locations, {
      chooseLocation: "choose where it happened",
      issue: (issue) => sayIssue(issue, "en"),
    });
    setErrors(found);
    if (Object.keys(found).length === 0) onSave(input);
  };
  return (
    <JournalForm
      kind={kind}
      draft={draft}
      onDraftChange={setDraft}
      fieldErrors={errors}
      locations={locations}
      onSubmit={submit}
      onCancel={() => {}}
    />
  );
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe("JournalForm", () => {
  it("saves a note with what was typed and how it happened", () => {
    const onSave = vi.fn();
    render(<Harness kind="note" onSave={onSave} />);
    type("What happened?", "Asked for a late check-out; agreed 13:00.");
    fireEvent.change(screen.getByLabelText("How"), { target: { value: "phone" } });
    fireEvent.click(screen.getByRole("button", { name: "Save note" }));
    expect(onSave).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({
        kind: "note",
        text: "Asked for a late check-out; agreed 13:00.",
        channel: "phone",
        locationId: hotel.id,
      }),
    );
  });

  it("refuses an empty note, naming the field next to it", () => {
    const onSave = vi.fn();
    render(<Harness kind="note" onSave={onSave} />);
    fireEvent.click(screen.getByRole("button", { name: "Save note" }));
    expect(onSave).not.toHaveBeenCalled();
    const note = screen.getByLabelText("What happened?");
    expect(note.getAttribute("aria-invalid")).toBe("true");
    const error = document.getElementById(note.getAttribute("aria-describedby")!);
    expect(error?.textContent).toMatch(/^What happened\?: /);
  });

  it("asks where it happened when the staff member works at more than one place", () => {
    const onSave = vi.fn();
    render(<Harness kind="note" locations={[hotel, store]} onSave={onSave} />);
    type("What happened?", "Picked up the order with her daughter.");
    fireEvent.click(screen.getByRole("button", { name: "Save note" }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText("Where: choose where it happened")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Where"), { target: { value: store.id } });
    fireEvent.click(screen.getByRole("button", { name: "Save note" }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ locationId: store.id }));
  });

  it("does not ask where for one place", () => {
    render(<Harness kind="note" onSave={() => {}} />);
    expect(screen.queryByLabelText("Where")).toBeNull();
  });

  it("offers the four outcomes as a choice and saves the one picked", () => {
    const onSave = vi.fn();
    render(<Harness kind="outcome" onSave={onSave} />);
    const choices = screen.getAllByRole("radio").map((radio) => radio.parentElement?.textContent);
    expect(choices).toEqual(["Greeted", "Advised", "Resolved an issue", "Escalated"]);
    fireEvent.click(screen.getByRole("button", { name: "Save outcome" }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText(/^Outcome: must be one of/)).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: "Advised" }));
    type("Comment (optional)", "Suggested the canal tour");
    fireEvent.click(screen.getByRole("button", { name: "Save outcome" }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ kind: "outcome", outcome: "advised", comment: "Suggested the canal tour" }),
    );
  });

  it("records a learned fact with its kind, what it is about and what the customer said", () => {
    const onSave = vi.fn();
    render(<Harness kind="fact" onSave={onSave} />);
    expect(screen.queryByLabelText("What happened?")).toBeNull();
    fireEvent.change(screen.getByLabelText("Kind of fact"), { target: { value: "dietary" } });
    type("About", "Diet");
    type("What they told us", "Vegetarian, no nuts");
    fireEvent.click(screen.getByRole("button", { name: "Save fact" }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: "fact",
        factKind: "dietary",
        label: "Diet",
        value: "Vegetarian, no nuts",
      }),
    );
  });

  it("names each missing part of a fact", () => {
    render(<Harness kind="fact" onSave={() => {}} />);
    fireEvent.click(screen.getByRole("button", { name: "Save fact" }));
    for (const label of ["Kind of fact", "About", "What they told us"])
      expect(screen.getByLabelText(label).getAttribute("aria-invalid"), label).toBe("true");
  });
});
