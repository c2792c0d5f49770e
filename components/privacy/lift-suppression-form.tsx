"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { liftSuppressionAction } from "@/components/privacy/privacy-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { usePrivacyAction } from "./use-privacy-action";

export function LiftSuppressionForm({ suppressionId, label }: { suppressionId: string; label: string }) {
  const t = useTranslations("privacy.suppressions");
  const { errors, message, isPending, run } = usePrivacyAction(liftSuppressionAction);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "");
    run({ suppressionId, reason }, () => t("lifted"));
  }
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t("liftLabel", { label })}
      className="flex flex-wrap items-start gap-2"
    >
      <Input
        name="reason"
        aria-label={t("reasonLabel")}
        placeholder={t("reasonPlaceholder")}
        className="h-11 min-w-0 flex-1 basis-40 text-sm"
        aria-invalid={errors.reason ? true : undefined}
      />
      <Button type="submit" size="sm" variant="secondary" disabled={isPending} className="min-h-11">
        {t("lift")}
      </Button>
      {errors.reason ? (
        <p className="w-full text-xs font-medium text-red-700">{errors.reason}</p>
      ) : (
        <FormMessage error={message.error} success={message.success} code={message.code} />
      )}
    </form>
  );
}
