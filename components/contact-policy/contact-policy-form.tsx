"use client";

import { useState, useTransition, type FormEvent } from "react";
import { saveContactPolicyAction } from "@/components/contact-policy/contact-policy-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { useIssueMessage } from "@/components/ui/use-issue-message";
import type { ContactPolicySettings } from "@/lib/validation/contact-policy";
import { savePolicyVersionSchema } from "@/lib/validation/contact-policy-version";
import { ConsentFields, ProactiveSocialField } from "./consent-fields";
import { MarketingBudgetFields } from "./marketing-budget-fields";
import { QuietHoursFields } from "./quiet-hours-fields";
import { readPolicyForm } from "./read-policy-form";
import { SurveyRulesFields } from "./survey-rules-fields";

export function ContactPolicyForm({ settings }: { settings: ContactPolicySettings }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ error?: string; success?: string; code?: string }>({});
  const [isPending, startTransition] = useTransition();
  const issueMessage = useIssueMessage();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = readPolicyForm(form);
    // The server checks again; checking here first answers without a round trip.
    const parsed = savePolicyVersionSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(
        Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issueMessage(issue)])),
      );
      setMessage({ error: "Some settings need attention; see the marked fields." });
      return;
    }
    startTransition(async () => {
      const result = await saveContactPolicyAction(input);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage({ error: result.error, code: result.code });
        return;
      }
      setErrors({});
      setMessage({ success: `Saved as version ${result.data.version}. It is in force now.` });
      const note = form.elements.namedItem("note");
      if (note instanceof HTMLTextAreaElement) note.value = "";
    });
  }

  const sectionProps = { settings, errors };
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Contact policy" className="space-y-5">
      <MarketingBudgetFields {...sectionProps} />
      <SurveyRulesFields {...sectionProps} />
      <QuietHoursFields {...sectionProps} />
      <ConsentFields {...sectionProps} />
      <ProactiveSocialField {...sectionProps} />
      <div className="space-y-1 border-t border-stone-100 pt-5">
        <Label htmlFor="policy-note">Note (optional)</Label>
        <textarea
          id="policy-note"
          name="note"
          rows={2}
          maxLength={500}
          placeholder="What changed and why, e.g. “Fewer offers after complaints about pressure”."
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={errors.note ? "policy-note-error" : undefined}
          className="w-full rounded-md border border-stone-300 px-3 py-2 text-sm shadow-sm focus-visible:outline-2 focus-visible:outline-brand-600 aria-invalid:border-red-600"
        />
        {errors.note ? (
          <p id="policy-note-error" className="text-xs font-medium text-red-700">
            {errors.note}
          </p>
        ) : null}
      </div>
      <FormMessage error={message.error} success={message.success} code={message.code} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Saving…" : "Save as new version"}
      </Button>
    </form>
  );
}
