"use client";

import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FactKind } from "@/lib/generated/prisma/enums";
import { factKindLabels } from "@/lib/format/labels";
import { journalChannelLabels, outcomeLabels } from "@/lib/journal/journal-labels";
import type { TimelineLocation } from "@/lib/timeline/timeline-types";
import { JOURNAL_CHANNELS, NOTE_MAX, OUTCOMES, type JournalKind } from "@/lib/validation/journal";
import { Field, TextArea, TextInput } from "./journal-fields";
import { journalCopy } from "./journal-copy";

export type JournalDraft = Record<string, string>;

type JournalFormProps = {
  kind: JournalKind;
  draft: JournalDraft;
  onDraftChange: (draft: JournalDraft) => void;
  fieldErrors: Record<string, string>;
  locations: TimelineLocation[];
  onSubmit: () => void;
  onCancel: () => void;
};

const selectClass =
  "h-10 w-full rounded-md border border-stone-300 bg-white px-3 text-base text-stone-900 shadow-sm aria-invalid:border-red-600";

/** The fields of one kind of entry, plus where and how it happened. Validation happens in the parent. */
export function JournalForm(props: JournalFormProps) {
  const { kind, draft, onDraftChange, fieldErrors, locations } = props;
  const set = (key: string) => (value: string) => onDraftChange({ ...draft, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {kind === "note" ? (
        <Field id="journal-text" label={journalCopy.noteLabel} error={fieldErrors.text}>
          {(field) => (
            <TextArea
              {...field}
              value={draft.text ?? ""}
              onChange={set("text")}
              maxLength={NOTE_MAX}
              placeholder={journalCopy.notePlaceholder}
              autoFocus
            />
          )}
        </Field>
      ) : null}

      {kind === "outcome" ? (
        <fieldset
          className="space-y-2"
          aria-describedby={fieldErrors.outcome ? "journal-outcome-error" : undefined}
        >
          <legend className="text-sm font-medium text-stone-800">{journalCopy.outcomeLabel}</legend>
          <div className="grid grid-cols-2 gap-2">
            {OUTCOMES.map((outcome) => (
              <label
                key={outcome}
                className="flex cursor-pointer items-center gap-2 rounded-md border border-stone-300 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-700"
              >
                <input
                  type="radio"
                  name="outcome"
                  value={outcome}
                  checked={draft.outcome === outcome}
                  onChange={() => set("outcome")(outcome)}
                  className="accent-brand-600"
                />
                {outcomeLabels[outcome]}
              </label>
            ))}
          </div>
          {fieldErrors.outcome ? (
            <p id="journal-outcome-error" className="text-sm text-red-700">
              {journalCopy.outcomeLabel}: {fieldErrors.outcome}
            </p>
          ) : null}
        </fieldset>
      ) : null}

      {kind === "fact" ? (
        <>
          <Field id="journal-fact-kind" label={journalCopy.factKindLabel} error={fieldErrors.factKind}>
            {(field) => (
              <select
                {...field}
                value={draft.factKind ?? ""}
                onChange={(event) => set("factKind")(event.target.value)}
                className={selectClass}
              >
                <option value="">—</option>
                {Object.values(FactKind).map((factKind) => (
                  <option key={factKind} value={factKind}>
                    {factKindLabels[factKind]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="journal-fact-label" label={journalCopy.factLabelLabel} error={fieldErrors.label}>
            {(field) => (
              <TextInput
                {...field}
                value={draft.label ?? ""}
                onChange={set("label")}
                maxLength={80}
                placeholder={journalCopy.factLabelPlaceholder}
              />
            )}
          </Field>
          <Field id="journal-fact-value" label={journalCopy.factValueLabel} error={fieldErrors.value}>
            {(field) => (
              <TextInput
                {...field}
                value={draft.value ?? ""}
                onChange={set("value")}
                maxLength={500}
                placeholder={journalCopy.factValuePlaceholder}
              />
            )}
          </Field>
        </>
      ) : null}

      {kind === "outcome" || kind === "marketing_opt_out" ? (
        <Field id="journal-comment" label={journalCopy.commentLabel} error={fieldErrors.comment}>
          {(field) => (
            <TextInput {...field} value={draft.comment ?? ""} onChange={set("comment")} maxLength={500} />
          )}
        </Field>
      ) : null}

      <div className="grid grid-cols-2 gap-3">
        {locations.length > 1 ? (
          <Field id="journal-location" label={journalCopy.location} error={fieldErrors.locationId}>
            {(field) => (
              <select
                {...field}
                value={draft.locationId ?? ""}
                onChange={(event) => set("locationId")(event.target.value)}
                className={selectClass}
              >
                <option value="">{journalCopy.chooseLocation}</option>
                {locations.map((location) => (
                  <option key={location.id} value={location.id}>
                    {location.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field id="journal-channel" label={journalCopy.channel} error={fieldErrors.channel}>
          {(field) => (
            <select
              {...field}
              value={draft.channel ?? "in_person"}
              onChange={(event) => set("channel")(event.target.value)}
              className={selectClass}
            >
              {JOURNAL_CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {journalChannelLabels[channel]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <div className="flex justify-end gap-2 pt-1">
        <Button type="button" variant="secondary" onClick={props.onCancel}>
          {journalCopy.cancel}
        </Button>
        <Button type="submit">{journalCopy.save[kind]}</Button>
      </div>
    </form>
  );
}
