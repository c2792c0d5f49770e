"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import type { TimelineLocation } from "@/lib/timeline/timeline-types";
import type { JournalKind } from "@/lib/validation/journal";
import {
  CommentField,
  FactFields,
  NoteFields,
  OutcomeFields,
  WhereAndHowFields,
  type JournalDraft,
} from "./journal-kind-fields";

export type { JournalDraft };

type JournalFormProps = {
  kind: JournalKind;
  draft: JournalDraft;
  onDraftChange: (draft: JournalDraft) => void;
  fieldErrors: Record<string, string>;
  locations: TimelineLocation[];
  onSubmit: () => void;
  onCancel: () => void;
};

/** The fields of one kind of entry, plus where and how it happened. Validation happens in the parent. */
export function JournalForm(props: JournalFormProps) {
  const t = useTranslations();
  const { kind, draft, onDraftChange, fieldErrors, locations } = props;
  const set = (key: string) => (value: string) => onDraftChange({ ...draft, [key]: value });
  const fieldProps = { draft, set, fieldErrors };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {kind === "note" ? <NoteFields {...fieldProps} /> : null}
      {kind === "outcome" ? <OutcomeFields {...fieldProps} /> : null}
      {kind === "fact" ? <FactFields {...fieldProps} /> : null}
      {kind === "outcome" || kind === "marketing_opt_out" ? <CommentField {...fieldProps} /> : null}
      <WhereAndHowFields {...fieldProps} locations={locations} />

      <div className="flex flex-wrap justify-end gap-2 pt-1">
        <Button type="button" variant="secondary" className="h-11" onClick={props.onCancel}>
          {t("common.actions.cancel")}
        </Button>
        <Button type="submit" className="h-11">
          {t(`journal.save.${kind}`)}
        </Button>
      </div>
    </form>
  );
}
