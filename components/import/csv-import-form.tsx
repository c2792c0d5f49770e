"use client";

import { Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import {
  DEFAULT_IMPORT_SOURCE,
  importSourceSchema,
  IMPORT_KINDS,
  type ImportKind,
} from "@/lib/validation/import";
import { ImportStatus } from "./import-status";
import { useCsvImport } from "./use-csv-import";

export function CsvImportForm() {
  const t = useTranslations("csvImport.form");
  const id = useId();
  const { state, start, cancel } = useCsvImport();
  const [kind, setKind] = useState<ImportKind>("events");
  const [file, setFile] = useState<File | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const isRunning = state.phase === "running";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const source = importSourceSchema.safeParse(new FormData(event.currentTarget).get("source"));
    if (!file) return setFormError(t("chooseFile"));
    if (file.size === 0) return setFormError(t("emptyFile", { name: file.name }));
    if (!source.success) return setFormError(t("sourceInvalid"));
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
          <Label htmlFor={`${id}-file`}>{t("file")}</Label>
          <Input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            disabled={isRunning}
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            className="h-auto min-h-11 py-2 text-sm file:mr-3 file:min-h-8 file:rounded file:border-0 file:bg-stone-100 file:px-2 file:py-1 file:text-sm"
          />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor={`${id}-source`}>{t("source")}</Label>
          <Input
            className="h-11"
            id={`${id}-source`}
            name="source"
            defaultValue={DEFAULT_IMPORT_SOURCE}
            disabled={isRunning}
            aria-describedby={`${id}-source-hint`}
          />
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={isRunning} className="min-h-11">
            <Upload aria-hidden="true" />
            {t("start")}
          </Button>
          {isRunning ? (
            <Button type="button" variant="secondary" onClick={cancel} className="min-h-11">
              {t("cancel")}
            </Button>
          ) : null}
        </div>
        <p id={`${id}-source-hint`} className="text-xs text-stone-600 md:col-span-3">
          {t("sourceHint")}
        </p>
      </form>
      <p id={`${id}-hint`} className="sr-only">
        {t("streamHint")}
      </p>
      <FormMessage error={formError ?? (state.phase === "error" ? state.message : null)} />
      <ImportStatus state={state} fileName={file?.name ?? "import.csv"} />
    </div>
  );
}

function ImportKindChoice({
  kind,
  onChange,
  disabled,
}: {
  kind: ImportKind;
  onChange: (kind: ImportKind) => void;
  disabled: boolean;
}) {
  const t = useTranslations("csvImport");
  return (
    <fieldset className="space-y-2 md:col-span-3">
      <legend className="text-sm font-medium text-stone-800">{t("form.kind")}</legend>
      <div className="flex flex-wrap gap-2">
        {IMPORT_KINDS.map((value) => (
          <label
            key={value}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-stone-300 px-3 py-2 text-sm has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:outline-2 has-focus-visible:outline-brand-600"
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
            {t(`kind.${value}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
