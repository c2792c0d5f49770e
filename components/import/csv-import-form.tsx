"use client";

import { Upload } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useIssueMessage } from "@/components/ui/use-issue-message";
import {
  DEFAULT_IMPORT_SOURCE,
  importSourceSchema,
  IMPORT_KINDS,
  type ImportKind,
} from "@/lib/validation/import";
import { ImportStatus } from "./import-status";
import { useCsvImport } from "./use-csv-import";

export function CsvImportForm() {
  const id = useId();
  const { state, start, cancel } = useCsvImport();
  const [kind, setKind] = useState<ImportKind>("events");
  const [file, setFile] = useState<File | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const isRunning = state.phase === "running";
  const issueMessage = useIssueMessage();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const source = importSourceSchema.safeParse(new FormData(event.currentTarget).get("source"));
    if (!file) return setFormError("Choose a CSV file to import.");
    if (file.size === 0) return setFormError(`${file.name} is empty.`);
    // A failed parse has at least one issue.
    if (!source.success) return setFormError(issueMessage(source.error.issues[0]!));
    setFormError(null);
    void start(kind, source.data, file);
  }

  return (
    <div className="space-y-6">
      <form
        onSubmit={submit}
        className="grid gap-5 md:grid-cols-[1fr_1fr_auto] md:items-end"
        aria-describedby={`${id}-hint`}
      >
        <ImportKindChoice kind={kind} onChange={setKind} disabled={isRunning} />
        <div className="space-y-1.5">
          <Label htmlFor={`${id}-file`}>CSV file</Label>
          <Input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            disabled={isRunning}
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            className="h-auto py-1.5 text-sm file:mr-3 file:rounded file:border-0 file:bg-stone-100 file:px-2 file:py-1 file:text-sm"
          />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor={`${id}-source`}>Source name</Label>
          <Input
            id={`${id}-source`}
            name="source"
            defaultValue={DEFAULT_IMPORT_SOURCE}
            disabled={isRunning}
            aria-describedby={`${id}-source-hint`}
          />
        </div>
        <div className="flex gap-2">
          <Button type="submit" disabled={isRunning}>
            <Upload aria-hidden="true" />
            Start import
          </Button>
          {isRunning ? (
            <Button type="button" variant="secondary" onClick={cancel}>
              Cancel
            </Button>
          ) : null}
        </div>
        <p id={`${id}-source-hint`} className="text-xs text-stone-500 md:col-span-3">
          Events are unique per source and source_event_id: importing a file again under the same source
          reports duplicates instead of storing them twice.
        </p>
      </form>
      <p id={`${id}-hint`} className="sr-only">
        The file is streamed to the server; files with a million rows are fine.
      </p>
      <FormMessage error={formError ?? (state.phase === "error" ? state.message : null)} />
      <ImportStatus state={state} fileName={file?.name ?? "import.csv"} />
    </div>
  );
}

const KIND_LABELS: Record<ImportKind, string> = { events: "Journey events", customers: "Customers" };

function ImportKindChoice({
  kind,
  onChange,
  disabled,
}: {
  kind: ImportKind;
  onChange: (kind: ImportKind) => void;
  disabled: boolean;
}) {
  return (
    <fieldset className="space-y-2 md:col-span-3">
      <legend className="text-sm font-medium text-stone-800">What the file holds</legend>
      <div className="flex flex-wrap gap-2">
        {IMPORT_KINDS.map((value) => (
          <label
            key={value}
            className="flex cursor-pointer items-center gap-2 rounded-md border border-stone-300 px-3 py-2 text-sm has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:outline-2 has-focus-visible:outline-brand-600"
          >
            <input
              type="radio"
              name="kind"
              value={value}
              checked={kind === value}
              onChange={() => onChange(value)}
              disabled={disabled}
              className="accent-brand-600"
            />
            {KIND_LABELS[value]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
