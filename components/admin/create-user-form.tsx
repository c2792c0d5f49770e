"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { createUserAction } from "@/components/admin/user-actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FormMessage } from "./form-message";
import { LocationCheckboxes, type LocationChoice } from "./location-checkboxes";
import { RoleSelect } from "./role-select";

export function CreateUserForm({ locations }: { locations: LocationChoice[] }) {
  const t = useTranslations("users");
  const [message, setMessage] = useState<{ error?: string; success?: string; code?: string }>({});
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = {
      email: data.get("email"),
      name: data.get("name"),
      role: data.get("role"),
      password: data.get("password"),
      locationIds: data.getAll("locationIds"),
    };
    startTransition(async () => {
      const result = await createUserAction(input);
      if (result.ok) {
        form.reset();
        setMessage({ success: t("create.done", { email: String(input.email) }) });
      } else {
        setMessage({ error: result.error, code: result.code });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4 md:grid-cols-2" aria-label={t("newAccount")}>
      <div className="space-y-1.5">
        <Label htmlFor="new-name">{t("actions.name")}</Label>
        <Input className="h-11" id="new-name" name="name" required autoComplete="off" />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="new-email">{t("create.email")}</Label>
        <Input className="h-11" id="new-email" name="email" type="email" required autoComplete="off" />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="new-role">{t("field.role")}</Label>
        <RoleSelect id="new-role" />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="new-password">{t("create.password")}</Label>
        <Input
          className="h-11"
          id="new-password"
          name="password"
          type="password"
          required
          minLength={12}
          autoComplete="new-password"
          aria-describedby="new-password-hint"
        />
        <p id="new-password-hint" className="text-xs text-stone-600">
          {t("create.passwordHint")}
        </p>
      </div>
      <div className="md:col-span-2">
        <LocationCheckboxes locations={locations} selected={[]} />
      </div>
      <div className="flex flex-col gap-3 md:col-span-2">
        <FormMessage {...message} />
        <div>
          <Button type="submit" disabled={isPending} className="min-h-11">
            {isPending ? t("create.creating") : t("create.submit")}
          </Button>
        </div>
      </div>
    </form>
  );
}
