"use client";

import { BellOff, CircleAlert, CircleCheck, Lightbulb, NotebookPen, type LucideIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useIssueMessage } from "@/components/ui/use-issue-message";
import { journalKindDescriptions, journalKindLabels } from "@/lib/journal/journal-labels";
import type { TimelineLocation } from "@/lib/timeline/timeline-types";
import { JOURNAL_KINDS, type JournalKind } from "@/lib/validation/journal";
import { journalCopy } from "./journal-copy";
import { JournalDialog } from "./journal-dialog";
import { JournalForm, type JournalDraft } from "./journal-form";
import { newDraft, rememberLocation, toJournalInput, validateJournalInput } from "./journal-input";
import { useLogEntryMutation } from "./use-log-entry-mutation";

const ICONS: Record<JournalKind, LucideIcon> = {
  note: NotebookPen,
  outcome: CircleCheck,
  fact: Lightbulb,
  marketing_opt_out: BellOff,
};

type LogWhatHappenedProps = {
  customerId: string;
  /** Where the signed-in staff member may log: their locations (admins: all). */
  locations: TimelineLocation[];
};

/**
 * One compact row on the greeting card: a button per kind of entry opens a small dialog. Saving
 * closes it at once and the entry shows in the timeline straight away; a failed save takes it back
 * out and says why here, keeping what was typed for another try.
 */
export function LogWhatHappened({ customerId, locations }: LogWhatHappenedProps) {
  const router = useRouter();
  const [openKind, setOpenKind] = useState<JournalKind | null>(null);
  const [drafts, setDrafts] = useState<Partial<Record<JournalKind, JournalDraft>>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<{ kind: JournalKind; message: string } | null>(null);
  const [savedKind, setSavedKind] = useState<JournalKind | null>(null);
  const issueMessage = useIssueMessage();

  const mutation = useLogEntryMutation(customerId, locations, {
    onSaved: (input) => {
      setDrafts((current) => ({ ...current, [input.kind]: undefined }));
      setSavedKind(input.kind);
      // The card shows known facts and consent; let the server render them afresh.
      if (input.kind === "fact" || input.kind === "marketing_opt_out") router.refresh();
    },
    onFailed: (input, error) => {
      setFailure({ kind: input.kind, message: error.message });
      setFieldErrors(error.fieldErrors);
    },
  });

  const open = (kind: JournalKind, keepErrors = false) => {
    setSavedKind(null);
    if (!keepErrors) setFieldErrors({});
    setDrafts((current) => ({ ...current, [kind]: current[kind] ?? newDraft(locations) }));
    setOpenKind(kind);
  };

  const submit = (kind: JournalKind) => {
    const draft = drafts[kind] ?? newDraft(locations);
    const input = toJournalInput(kind, draft);
    const errors = validateJournalInput(input, locations, {
      chooseLocation: journalCopy.chooseLocation,
      issue: issueMessage,
    });
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    rememberLocation(input.locationId);
    setFailure(null);
    setOpenKind(null);
    mutation.mutate(input);
  };

  return (
    <section aria-label={journalCopy.heading} className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="mr-1 text-sm font-semibold text-stone-700">{journalCopy.heading}</h2>
        {JOURNAL_KINDS.map((kind) => {
          const Icon = ICONS[kind];
          return (
            <Button key={kind} variant="secondary" size="sm" onClick={() => open(kind)}>
              <Icon aria-hidden="true" />
              {journalKindLabels[kind]}
            </Button>
          );
        })}
        <p role="status" className="text-sm text-brand-700">
          {mutation.isPending && mutation.variables
            ? journalCopy.saving[mutation.variables.kind]
            : savedKind
              ? journalCopy.saved[savedKind]
              : ""}
        </p>
      </div>
      {failure ? (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-3 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          <CircleAlert aria-hidden="true" className="size-4 shrink-0" />
          <span className="min-w-0 flex-1">
            {journalCopy.failed(journalCopy.failedWhat[failure.kind], failure.message)}
          </span>
          <Button variant="secondary" size="sm" onClick={() => open(failure.kind, true)}>
            {journalCopy.retry}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setFailure(null)}>
            {journalCopy.dismiss}
          </Button>
        </div>
      ) : null}
      {openKind ? (
        <JournalDialog
          isOpen
          onOpenChange={(isOpen) => !isOpen && setOpenKind(null)}
          title={journalKindLabels[openKind]}
          description={journalKindDescriptions[openKind]}
        >
          <JournalForm
            kind={openKind}
            draft={drafts[openKind] ?? {}}
            onDraftChange={(draft) => setDrafts((current) => ({ ...current, [openKind]: draft }))}
            fieldErrors={fieldErrors}
            locations={locations}
            onSubmit={() => submit(openKind)}
            onCancel={() => setOpenKind(null)}
          />
        </JournalDialog>
      ) : null}
    </section>
  );
}
