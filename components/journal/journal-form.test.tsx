// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sayIssue } from "@/lib/i18n/translator";
import type { TimelineLocation } from "@/lib/timeline/timeline-types";
import type { JournalEntryInput, JournalKind } from "@/lib/validation/journal";
import { withIntl } from "@/tests/helpers/with-intl";
import { JournalForm, type JournalDraft } from "./journal-form";
import { toJournalInput, useJournalFieldMessages, validateJournalInput } from "./journal-input";

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
  const messages = useJournalFieldMessages();
  const submit = () => {
    const input = toJournalInput(kind, draft);
    const found = validateJournalInput(input, locations, messages);
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
    render(withIntl(<Harness kind="note" onSave={onSave} />));
    type("Wat gebeurde er?", "Vroeg om later uitchecken; 13:00 afgesproken.");
    fireEvent.change(screen.getByLabelText("Hoe"), { target: { value: "phone" } });
    fireEvent.click(screen.getByRole("button", { name: "Notitie opslaan" }));
    expect(onSave).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({
        kind: "note",
        text: "Vroeg om later uitchecken; 13:00 afgesproken.",
        channel: "phone",
        locationId: hotel.id,
      }),
    );
  });

  it("refuses an empty note, naming the field next to it", () => {
    const onSave = vi.fn();
    render(withIntl(<Harness kind="note" onSave={onSave} />));
    fireEvent.click(screen.getByRole("button", { name: "Notitie opslaan" }));
    expect(onSave).not.toHaveBeenCalled();
    const note = screen.getByLabelText("Wat gebeurde er?");
    expect(note.getAttribute("aria-invalid")).toBe("true");
    const error = document.getElementById(note.getAttribute("aria-describedby")!);
    expect(error?.textContent).toBe("Wat gebeurde er?: mag niet leeg zijn");
  });

  it("asks where it happened when the staff member works at more than one place", () => {
    const onSave = vi.fn();
    render(withIntl(<Harness kind="note" locations={[hotel, store]} onSave={onSave} />));
    type("Wat gebeurde er?", "Kwam de bestelling afhalen met haar dochter.");
    fireEvent.click(screen.getByRole("button", { name: "Notitie opslaan" }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText("Waar: kies waar het gebeurde")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Waar"), { target: { value: store.id } });
    fireEvent.click(screen.getByRole("button", { name: "Notitie opslaan" }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ locationId: store.id }));
  });

  it("does not ask where for one place", () => {
    render(withIntl(<Harness kind="note" onSave={() => {}} />));
    expect(screen.queryByLabelText("Waar")).toBeNull();
  });

  it("offers the four outcomes as a choice and saves the one picked", () => {
    const onSave = vi.fn();
    render(withIntl(<Harness kind="outcome" onSave={onSave} />));
    const choices = screen.getAllByRole("radio").map((radio) => radio.parentElement?.textContent);
    expect(choices).toEqual(["Begroet", "Geadviseerd", "Probleem opgelost", "Doorgezet naar een collega"]);
    fireEvent.click(screen.getByRole("button", { name: "Uitkomst opslaan" }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText("Uitkomst: kies er een")).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: "Geadviseerd" }));
    type("Toelichting (niet verplicht)", "Rondvaart aangeraden");
    fireEvent.click(screen.getByRole("button", { name: "Uitkomst opslaan" }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ kind: "outcome", outcome: "advised", comment: "Rondvaart aangeraden" }),
    );
  });

  it("records a learned fact with its kind, what it is about and what the customer said", () => {
    const onSave = vi.fn();
    render(withIntl(<Harness kind="fact" onSave={onSave} />));
    expect(screen.queryByLabelText("Wat gebeurde er?")).toBeNull();
    fireEvent.change(screen.getByLabelText("Soort feit"), { target: { value: "dietary" } });
    type("Waarover", "Dieet");
    type("Wat ze ons vertelden", "Vegetarisch, geen noten");
    fireEvent.click(screen.getByRole("button", { name: "Feit opslaan" }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: "fact",
        factKind: "dietary",
        label: "Dieet",
        value: "Vegetarisch, geen noten",
      }),
    );
  });

  it("names each missing part of a fact", () => {
    render(withIntl(<Harness kind="fact" onSave={() => {}} />));
    fireEvent.click(screen.getByRole("button", { name: "Feit opslaan" }));
    for (const label of ["Soort feit", "Waarover", "Wat ze ons vertelden"])
      expect(screen.getByLabelText(label).getAttribute("aria-invalid"), label).toBe("true");
  });

  it("speaks English to English staff", () => {
    render(withIntl(<Harness kind="fact" onSave={() => {}} />, "en"));
    fireEvent.click(screen.getByRole("button", { name: "Save fact" }));
    expect(screen.getByText("What they told us: must not be empty")).toBeTruthy();
    expect(screen.getByText("Kind of fact: choose one")).toBeTruthy();
  });
});
