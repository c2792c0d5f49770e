"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { resetSecondFactorAction } from "@/components/admin/second-factor-admin-actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FormMessage } from "./form-message";

/** Another user's lost phone or key: remove their factors, with a reason; they enrol again. */
export function ResetSecondFactorForm({ user }: { user: { id: string; name: string } }) {
  const t = useTranslations("users.resetSecondFactor");
  const [isOpen, setIsOpen] = useState(false);
  const [message, setMessage] = useState<{ error?: string; success?: string; code?: string }>({});
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = new FormData(event.currentTarget).get("reason");
    startTransition(async () => {
      const result = await resetSecondFactorAction({ id: user.id, reason });
      if (!result.ok) return setMessage({ error: result.error, code: result.code });
      setIsOpen(false);
      setMessage({ success: t("done", { name: user.name }) });
    });
  }

  return (
    <div className="space-y-2">
      <div className="flex">
        <Button
          size="sm"
          variant="ghost"
          aria-expanded={isOpen}
          onClick={() => setIsOpen(!isOpen)}
          className="min-h-11 whitespace-normal text-left"
        >
          {t("open", { name: user.name })}
        </Button>
      </div>
      {isOpen ? (
        <form onSubmit={onSubmit} className="space-y-2" aria-label={t("open", { name: user.name })}>
          <Label htmlFor={`reset-2fa-${user.id}`}>{t("reason")}</Label>
          <Input
            className="h-11"
            id={`reset-2fa-${user.id}`}
            name="reason"
            required
            minLength={5}
            maxLength={500}
          />
          <Button
            type="submit"
            size="sm"
            disabled={isPending}
            className="min-h-11 bg-red-700 hover:bg-red-800"
          >
            {t("confirm")}
          </Button>
        </form>
      ) : null}
      <FormMessage {...message} />
    </div>
  );
}
