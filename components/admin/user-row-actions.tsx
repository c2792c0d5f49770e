"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import {
  resetPasswordAction,
  setUserDisabledAction,
  updateUserAction,
} from "@/components/admin/user-actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { Role } from "@/lib/auth/permissions";
import { FormMessage } from "./form-message";
import { LocationCheckboxes, type LocationChoice } from "./location-checkboxes";
import { ResetSecondFactorForm } from "./reset-second-factor-form";
import { RoleSelect } from "./role-select";

interface Props {
  user: {
    id: string;
    name: string;
    role: Role;
    isDisabled: boolean;
    locationIds: string[];
    hasSecondFactor: boolean;
  };
  locations: LocationChoice[];
  isSelf: boolean;
}

/**
 * The actions of one staff account. Rendered as parts of its row's grid: the buttons in the row,
 * the edit panel and the outcome across the whole width below.
 */
export function UserRowActions({ user, locations, isSelf }: Props) {
  const t = useTranslations("users.actions");
  const [isOpen, setIsOpen] = useState(false);
  const [message, setMessage] = useState<{ error?: string; success?: string; code?: string }>({});
  const [isPending, startTransition] = useTransition();

  const run = (work: () => Promise<{ ok: boolean; error?: string; code?: string }>, success: string) =>
    startTransition(async () => {
      const result = await work();
      setMessage(result.ok ? { success } : { error: result.error ?? t("failed"), code: result.code });
    });

  function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    run(
      () =>
        updateUserAction({
          id: user.id,
          name: data.get("name"),
          role: data.get("role"),
          locationIds: data.getAll("locationIds"),
        }),
      t("saved"),
    );
  }

  function onReset(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const password = new FormData(form).get("password");
    run(
      async () => {
        const result = await resetPasswordAction({ id: user.id, password });
        if (result.ok) form.reset();
        return result;
      },
      t("passwordReset", { name: user.name }),
    );
  }

  return (
    <>
      <div className="flex flex-wrap gap-2 lg:justify-end">
        <Button
          size="sm"
          variant="secondary"
          aria-expanded={isOpen}
          onClick={() => setIsOpen(!isOpen)}
          className="min-h-11"
        >
          {isOpen ? t("close") : t("edit", { name: user.name })}
        </Button>
        {isSelf ? null : (
          <Button
            size="sm"
            variant="secondary"
            disabled={isPending}
            className="min-h-11"
            onClick={() =>
              run(
                () => setUserDisabledAction(user.id, !user.isDisabled),
                user.isDisabled ? t("enabled") : t("disabled", { name: user.name }),
              )
            }
          >
            {user.isDisabled ? t("enable", { name: user.name }) : t("disable", { name: user.name })}
          </Button>
        )}
      </div>
      {isOpen ? (
        <div className="space-y-4 rounded-lg border border-stone-200 bg-stone-50 p-4 lg:col-span-3">
          <form
            onSubmit={onSave}
            className="grid gap-3 md:grid-cols-2"
            aria-label={t("edit", { name: user.name })}
          >
            <div className="space-y-1.5">
              <Label htmlFor={`name-${user.id}`}>{t("name")}</Label>
              <Input className="h-11" id={`name-${user.id}`} name="name" defaultValue={user.name} required />
            </div>
            <div className="space-y-1.5">
              <Label htmlFor={`role-${user.id}`}>{t("role")}</Label>
              <RoleSelect id={`role-${user.id}`} defaultValue={user.role} />
            </div>
            <div className="md:col-span-2">
              <LocationCheckboxes locations={locations} selected={user.locationIds} />
            </div>
            <div>
              <Button type="submit" size="sm" disabled={isPending} className="min-h-11">
                {t("saveChanges")}
              </Button>
            </div>
          </form>
          <form
            onSubmit={onReset}
            className="flex flex-wrap items-end gap-2 border-t border-stone-200 pt-3"
            aria-label={t("resetPasswordOf", { name: user.name })}
          >
            <div className="min-w-0 flex-1 basis-56 space-y-1.5">
              <Label htmlFor={`reset-${user.id}`}>{t("newTemporaryPassword")}</Label>
              <Input
                className="h-11"
                id={`reset-${user.id}`}
                name="password"
                type="password"
                minLength={12}
                required
                autoComplete="new-password"
              />
            </div>
            <Button type="submit" size="sm" variant="secondary" disabled={isPending} className="min-h-11">
              {t("resetPassword")}
            </Button>
          </form>
          {!isSelf && user.hasSecondFactor ? (
            <div className="border-t border-stone-200 pt-3">
              <ResetSecondFactorForm user={{ id: user.id, name: user.name }} />
            </div>
          ) : null}
        </div>
      ) : null}
      {message.error || message.success ? (
        <div className="lg:col-span-3">
          <FormMessage {...message} />
        </div>
      ) : null}
    </>
  );
}
