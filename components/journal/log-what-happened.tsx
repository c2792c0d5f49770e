"use client";

import { BellOff, CircleAlert, CircleCheck, Lightbulb, NotebookPen, type LucideIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { TimelineLocation } from "@/lib/timeline/timeline-types";
import { JOURNAL_KINDS, type JournalKind } from "@/lib/validation/journal";
import { JournalDialog } from "./journal-dialog";
import { JournalForm, type JournalDraft } from "./journal-form";
import {
  newDraft,
  rememberLocation,
  toJournalInput,
  useJournalFieldMessages,
  validateJournalInput,
} from "./journal-input";
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
 * out and says why here, keeping what was typed for another try. Closing the dialog, however it
 * closes, puts focus back on the button that opened it.
 */
export function LogWhatHappened({ customerId, locations }: LogWhatHappenedProps) {
  const t = useTranslations("journal");
  const fieldMessages = useJournalFieldMessages();
  const router = useRouter();
  const [openKind, setOpenKind] = useState<JournalKind | null>(null);
  const [drafts, setDrafts] = useState<Partial<Record<JournalKind, JournalDraft>>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<{ kind: JournalKind; message: string } | null>(null);
  const [savedKind, setSavedKind] = useState<JournalKind | null>(null);
  const kindButtons = useRef<Partial<Record<JournalKind, HTMLButtonElement | null>>>({});
  const opener = useRef<HTMLElement | null>(null);

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

  const open = (kind: JournalKind, from: HTMLElement | null, keepErrors = false) => {
    // A retry button goes away with its alert: then the kind's own button takes focus back.
    opener.current = from ?? kindButtons.current[kind] ?? null;
    setSavedKind(null);
    if (!keepErrors) setFieldErrors({});
    setDrafts((current) => ({ ...current, [kind]: current[kind] ?? newDraft(locations) }));
    setOpenKind(kind);
  };

  const submit = (kind: JournalKind) => {
    const draft = drafts[kind] ?? newDraft(locations);
    const input = toJournalInput(kind, draft);
    const errors = validateJournalInput(input, locations, fieldMessages);
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    rememberLocation(input.locationId);
    setFailure(null);
    opener.current = kindButtons.current[kind] ?? opener.current;
    setOpenKind(null);
    mutation.mutate(input);
  };

  return (
    <section aria-labelledby="log-what-happened-heading" className="space-y-2">
      <div className="grid grid-cols-2 items-center gap-2 sm:flex sm:flex-wrap">
        <h2 id="log-what-happened-heading" className="col-span-2 mr-1 text-sm font-semibold text-stone-700">
          {t("heading")}
        </h2>
        {JOURNAL_KINDS.map((kind) => {
          const Icon = ICONS[kind];
          return (
            <Button
              key={kind}
              ref={(button) => {
                kindButtons.current[kind] = button;
              }}
              variant="secondary"
              className="h-11"
              onClick={(event) => open(kind, event.currentTarget)}
            >
              <Icon aria-hidden="true" />
              {t(`kinds.${kind}`)}
            </Button>
          );
        })}
        <p role="status" className="col-span-2 text-sm text-brand-700">
          {mutation.isPending && mutation.variables
            ? t(`saving.${mutation.variables.kind}`)
            : savedKind
              ? t(`saved.${savedKind}`)
              : ""}
        </p>
      </div>
      {failure ? (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-3 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          <CircleAlert aria-hidden="true" className="size-4 shrink-0" />
          <span className="min-w-0 flex-1 break-words">
            {t(`failed.${failure.kind}`, { message: failure.message })}
          </span>
          <Button
            variant="secondary"
            className="h-11"
            onClick={(event) => open(failure.kind, event.currentTarget, true)}
          >
            {t("retry")}
          </Button>
          <Button variant="ghost" className="h-11" onClick={() => setFailure(null)}>
            {t("dismiss")}
          </Button>
        </div>
      ) : null}
      {openKind ? (
        <JournalDialog
          isOpen
          onOpenChange={(isOpen) => !isOpen && setOpenKind(null)}
          title={t(`kinds.${openKind}`)}
          description={t(`kindDescriptions.${openKind}`)}
          returnFocusTo={opener}
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
