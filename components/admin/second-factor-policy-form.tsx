"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { saveSecondFactorPolicyAction } from "@/components/admin/second-factor-admin-actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { FormMessage } from "./form-message";

export function SecondFactorPolicyForm({ requiredRoles }: { requiredRoles: Role[] }) {
  const t = useTranslations("admin");
  const [message, setMessage] = useState<{ error?: string; success?: string; code?: string }>({});
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { requiredRoles: data.getAll("requiredRoles"), note: data.get("note") };
    startTransition(async () => {
      const result = await saveSecondFactorPolicyAction(input);
      setMessage(
        result.ok
          ? { success: t("secondFactorPolicy.saved", { version: result.data.version }) }
          : { error: result.error, code: result.code },
      );
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label={t("secondFactorPolicy.formLabel")}>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-stone-800">{t("secondFactorPolicy.legend")}</legend>
        <div className="flex flex-wrap gap-x-5">
          {ROLES.map((role) => (
            <label key={role} className="flex min-h-11 items-center gap-2 text-sm text-stone-700">
              <input
                type="checkbox"
                name="requiredRoles"
                value={role}
                defaultChecked={requiredRoles.includes(role)}
                className="size-4 accent-brand-600"
              />
              {t(`role.${role}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-1.5">
        <Label htmlFor="second-factor-note">{t("secondFactorPolicy.note")}</Label>
        <Input className="h-11" id="second-factor-note" name="note" maxLength={500} />
      </div>
      <Button type="submit" disabled={isPending} className="min-h-11">
        {t("secondFactorPolicy.submit")}
      </Button>
      <FormMessage {...message} />
    </form>
  );
}
