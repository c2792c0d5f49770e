"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { eraseCustomerAction } from "@/components/privacy/privacy-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

const field =
  "w-full rounded-md border border-stone-300 px-3 py-2 text-base shadow-sm sm:text-sm focus-visible:outline-2 focus-visible:outline-brand-600 aria-invalid:border-red-600";

export function EraseCustomerForm({ customerId }: { customerId: string }) {
  const t = useTranslations("privacy.erase");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ error?: string; code?: string }>({});
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = {
      customerId,
      reason: String(data.get("reason") ?? ""),
      confirmation: String(data.get("confirmation") ?? ""),
    };
    startTransition(async () => {
      const result = await eraseCustomerAction(input);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage({ error: result.error, code: result.code });
        return;
      }
      // The page renders again with the pseudonym (ErasedNotice): the customer row is now a stub.
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("formLabel")} className="space-y-4">
      <div className="space-y-1">
        <Label htmlFor="erase-reason">{t("reason")}</Label>
        <textarea
          id="erase-reason"
          name="reason"
          rows={2}
          maxLength={500}
          placeholder={t("reasonPlaceholder")}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? "erase-reason-error" : undefined}
          className={field}
        />
        {errors.reason ? (
          <p id="erase-reason-error" className="text-xs font-medium text-red-700">
            {errors.reason}
          </p>
        ) : null}
      </div>
      <div className="space-y-1">
        <Label htmlFor="erase-confirmation">{t("confirmation")}</Label>
        <Input
          id="erase-confirmation"
          name="confirmation"
          autoComplete="off"
          className="h-11 max-w-48"
          aria-invalid={errors.confirmation ? true : undefined}
          aria-describedby={errors.confirmation ? "erase-confirmation-error" : undefined}
        />
        {errors.confirmation ? (
          <p id="erase-confirmation-error" className="text-xs font-medium text-red-700">
            {errors.confirmation}
          </p>
        ) : null}
      </div>
      <FormMessage error={message.error} code={message.code} />
      <Button type="submit" disabled={isPending} className="min-h-11 bg-red-700 hover:bg-red-800">
        {isPending ? t("erasing") : t("submit")}
      </Button>
    </form>
  );
}
