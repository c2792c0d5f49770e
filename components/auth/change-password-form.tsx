"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { changePasswordAction } from "@/components/auth/password-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export function ChangePasswordForm() {
  const t = useTranslations("auth.password");
  const tCommon = useTranslations("common.actions");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    if (data.get("newPassword") !== data.get("confirmPassword")) {
      setError(t("mismatch"));
      return;
    }
    startTransition(async () => {
      const result = await changePasswordAction({
        currentPassword: data.get("currentPassword"),
        newPassword: data.get("newPassword"),
      });
      if (!result.ok) return setError(result.error);
      router.replace("/");
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label={t("formLabel")}>
      <div className="space-y-1.5">
        <Label htmlFor="currentPassword">{t("current")}</Label>
        <Input
          id="currentPassword"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          className="h-11"
        />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="newPassword">{t("new")}</Label>
        <Input
          id="newPassword"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          minLength={12}
          maxLength={128}
          required
          aria-describedby="new-hint"
          className="h-11"
        />
        <p id="new-hint" className="text-xs text-stone-600">
          {t("newHint")}
        </p>
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="confirmPassword">{t("confirm")}</Label>
        <Input
          id="confirmPassword"
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          className="h-11"
        />
      </div>
      <FormMessage error={error} />
      <Button type="submit" size="lg" disabled={isPending}>
        {isPending ? tCommon("saving") : t("submit")}
      </Button>
    </form>
  );
}
