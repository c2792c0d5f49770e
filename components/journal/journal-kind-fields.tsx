"use client";

import { useTranslations } from "next-intl";
import { FactKind } from "@/lib/generated/prisma/enums";
import type { TimelineLocation } from "@/lib/timeline/timeline-types";
import { JOURNAL_CHANNELS, NOTE_MAX, OUTCOMES } from "@/lib/validation/journal";
import { Field, TextArea, TextInput } from "./journal-fields";

// The fields of each kind of journal entry. Each gets the draft, a setter per field and the
// server's field errors; the form decides which to show.

export type JournalDraft = Record<string, string>;

export interface KindFieldsProps {
  draft: JournalDraft;
  set: (key: string) => (value: string) => void;
  fieldErrors: Record<string, string>;
}

export const selectClass =
  "h-11 w-full min-w-0 rounded-md border border-stone-300 bg-white px-3 text-base text-stone-900 shadow-sm aria-invalid:border-red-600";

export function NoteFields({ draft, set, fieldErrors }: KindFieldsProps) {
  const t = useTranslations("journal");
  return (
    <Field id="journal-text" label={t("noteLabel")} error={fieldErrors.text}>
      {(field) => (
        <TextArea
          {...field}
          value={draft.text ?? ""}
          onChange={set("text")}
          maxLength={NOTE_MAX}
          placeholder={t("notePlaceholder")}
          autoFocus
        />
      )}
    </Field>
  );
}

export function OutcomeFields({ draft, set, fieldErrors }: KindFieldsProps) {
  const t = useTranslations("journal");
  return (
    <fieldset
      className="min-w-0 space-y-2"
      aria-describedby={fieldErrors.outcome ? "journal-outcome-error" : undefined}
    >
      <legend className="text-sm font-medium text-stone-800">{t("outcomeLabel")}</legend>
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {OUTCOMES.map((outcome) => (
          <label
            key={outcome}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-stone-300 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-700"
          >
            <input
              type="radio"
              name="outcome"
              value={outcome}
              checked={draft.outcome === outcome}
              onChange={() => set("outcome")(outcome)}
              className="accent-brand-600"
            />
            {t(`outcomes.${outcome}`)}
          </label>
        ))}
      </div>
      {fieldErrors.outcome ? (
        <p id="journal-outcome-error" className="text-sm text-red-700">
          {t("outcomeLabel")}: {fieldErrors.outcome}
        </p>
      ) : null}
    </fieldset>
  );
}

export function FactFields({ draft, set, fieldErrors }: KindFieldsProps) {
  const t = useTranslations("journal");
  const kinds = useTranslations("labels.factKind");
  return (
    <>
      <Field id="journal-fact-kind" label={t("factKindLabel")} error={fieldErrors.factKind}>
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
                {kinds(factKind)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="journal-fact-label" label={t("factLabelLabel")} error={fieldErrors.label}>
        {(field) => (
          <TextInput
            {...field}
            value={draft.label ?? ""}
            onChange={set("label")}
            maxLength={80}
            placeholder={t("factLabelPlaceholder")}
          />
        )}
      </Field>
      <Field id="journal-fact-value" label={t("factValueLabel")} error={fieldErrors.value}>
        {(field) => (
          <TextInput
            {...field}
            value={draft.value ?? ""}
            onChange={set("value")}
            maxLength={500}
            placeholder={t("factValuePlaceholder")}
          />
        )}
      </Field>
    </>
  );
}

export function CommentField({ draft, set, fieldErrors }: KindFieldsProps) {
  const t = useTranslations("journal");
  return (
    <Field id="journal-comment" label={t("commentLabel")} error={fieldErrors.comment}>
      {(field) => (
        <TextInput {...field} value={draft.comment ?? ""} onChange={set("comment")} maxLength={500} />
      )}
    </Field>
  );
}

/** Where and how it happened: the location (only when the actor has several) and the channel. */
export function WhereAndHowFields({
  draft,
  set,
  fieldErrors,
  locations,
}: KindFieldsProps & { locations: TimelineLocation[] }) {
  const t = useTranslations("journal");
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
      {locations.length > 1 ? (
        <Field id="journal-location" label={t("location")} error={fieldErrors.locationId}>
          {(field) => (
            <select
              {...field}
              value={draft.locationId ?? ""}
              onChange={(event) => set("locationId")(event.target.value)}
              className={selectClass}
            >
              <option value="">{t("chooseLocation")}</option>
              {locations.map((location) => (
                <option key={location.id} value={location.id}>
                  {location.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field id="journal-channel" label={t("channel")} error={fieldErrors.channel}>
        {(field) => (
          <select
            {...field}
            value={draft.channel ?? "in_person"}
            onChange={(event) => set("channel")(event.target.value)}
            className={selectClass}
          >
            {JOURNAL_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`channels.${channel}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
