"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { saveRetentionPolicyAction } from "@/components/privacy/privacy-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { RetentionSettings } from "@/lib/validation/retention";
import { RETENTION_FIELDS } from "./privacy-copy";
import { usePrivacyAction } from "./use-privacy-action";

export function RetentionPolicyForm({ settings }: { settings: RetentionSettings }) {
  const t = useTranslations("privacy.retention");
  const { errors, message, isPending, run } = usePrivacyAction(saveRetentionPolicyAction);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = Object.fromEntries(new FormData(form));
    run(
      input,
      (saved) => t("saved", { version: saved.version }),
      () => {
        const note = form.elements.namedItem("note");
        if (note instanceof HTMLInputElement) note.value = "";
      },
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("formLabel")} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        {RETENTION_FIELDS.map((field) => (
          <div key={field} className="space-y-1">
            <Label htmlFor={`retention-${field}`}>{t("inDays", { label: t(`field.${field}.label`) })}</Label>
            <Input
              className="h-11"
              id={`retention-${field}`}
              name={field}
              type="number"
              inputMode="numeric"
              min={1}
              defaultValue={settings[field]}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={`retention-${field}-help`}
            />
            <p
              id={`retention-${field}-help`}
              className={errors[field] ? "text-xs font-medium text-red-700" : "text-xs text-stone-600"}
            >
              {errors[field] ?? t(`field.${field}.help`)}
            </p>
          </div>
        ))}
      </div>
      <div className="space-y-1">
        <Label htmlFor="retention-note">{t("note")}</Label>
        <Input
          className="h-11"
          id="retention-note"
          name="note"
          maxLength={500}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={errors.note ? "retention-note-error" : undefined}
        />
        {errors.note ? (
          <p id="retention-note-error" className="text-xs font-medium text-red-700">
            {errors.note}
          </p>
        ) : null}
      </div>
      <FormMessage error={message.error} success={message.success} code={message.code} />
      <Button type="submit" disabled={isPending} className="min-h-11">
        {isPending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
