"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { saveContactPolicyAction } from "@/components/contact-policy/contact-policy-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import type { ContactPolicySettings } from "@/lib/validation/contact-policy";
import { ConsentFields, ProactiveSocialField } from "./consent-fields";
import { MarketingBudgetFields } from "./marketing-budget-fields";
import { QuietHoursFields } from "./quiet-hours-fields";
import { readPolicyForm } from "./read-policy-form";
import { SurveyRulesFields } from "./survey-rules-fields";

export function ContactPolicyForm({ settings }: { settings: ContactPolicySettings }) {
  const t = useTranslations("contactPolicy.form");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ error?: string; success?: string; code?: string }>({});
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = readPolicyForm(form);
    // The server checks every field and answers in the staff member's language.
    startTransition(async () => {
      const result = await saveContactPolicyAction(input);
      if (!result.ok) {
        const fieldErrors = result.fieldErrors ?? {};
        setErrors(fieldErrors);
        // "Nothing changed" belongs to the form as a whole; anything else is marked at its field.
        const summary =
          fieldErrors.settings ?? (Object.keys(fieldErrors).length > 0 ? t("checkFields") : result.error);
        setMessage({ error: summary, code: result.code });
        return;
      }
      setErrors({});
      setMessage({ success: t("saved", { version: result.data.version }) });
      const note = form.elements.namedItem("note");
      if (note instanceof HTMLTextAreaElement) note.value = "";
    });
  }

  const sectionProps = { settings, errors };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("label")} className="space-y-5">
      <MarketingBudgetFields {...sectionProps} />
      <SurveyRulesFields {...sectionProps} />
      <QuietHoursFields {...sectionProps} />
      <ConsentFields {...sectionProps} />
      <ProactiveSocialField {...sectionProps} />
      <div className="space-y-1 border-t border-stone-100 pt-5">
        <Label htmlFor="policy-note">{t("note")}</Label>
        <textarea
          id="policy-note"
          name="note"
          rows={2}
          maxLength={500}
          placeholder={t("notePlaceholder")}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={errors.note ? "policy-note-error" : undefined}
          className="w-full rounded-md border border-stone-300 px-3 py-2 text-base shadow-sm focus-visible:outline-2 focus-visible:outline-brand-600 aria-invalid:border-red-600 sm:text-sm"
        />
        {errors.note ? (
          <p id="policy-note-error" className="text-xs font-medium text-red-700">
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
