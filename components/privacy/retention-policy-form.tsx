"use client";

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
  const { errors, message, isPending, run } = usePrivacyAction(saveRetentionPolicyAction);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = Object.fromEntries(new FormData(form));
    run(
      input,
      (saved) => `Saved as version ${saved.version}. The next retention run applies it.`,
      () => {
        const note = form.elements.namedItem("note");
        if (note instanceof HTMLInputElement) note.value = "";
      },
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Retention policy" className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        {RETENTION_FIELDS.map((field) => (
          <div key={field.name} className="space-y-1">
            <Label htmlFor={`retention-${field.name}`}>{field.label} (days)</Label>
            <Input
              id={`retention-${field.name}`}
              name={field.name}
              type="number"
              min={1}
              defaultValue={settings[field.name]}
              aria-invalid={errors[field.name] ? true : undefined}
              aria-describedby={`retention-${field.name}-help`}
            />
            <p
              id={`retention-${field.name}-help`}
              className={errors[field.name] ? "text-xs font-medium text-red-700" : "text-xs text-stone-500"}
            >
              {errors[field.name] ?? field.help}
            </p>
          </div>
        ))}
      </div>
      <div className="space-y-1">
        <Label htmlFor="retention-note">Why this change</Label>
        <Input
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
      <FormMessage error={message.error} success={message.success} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Saving…" : "Save as new version"}
      </Button>
    </form>
  );
}
