"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { logPrivacyRequestAction } from "@/components/privacy/privacy-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { DatePicker } from "@/components/ui/date-picker";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { REQUEST_TYPES } from "./privacy-copy";
import { usePrivacyAction } from "./use-privacy-action";

export function LogRequestForm({ today }: { today: string }) {
  const t = useTranslations("privacy");
  const { errors, message, isPending, run } = usePrivacyAction(logPrivacyRequestAction);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    run(
      Object.fromEntries(new FormData(form)),
      () => t("logRequest.logged"),
      () => form.reset(),
    );
  }
  const error = (name: string) =>
    errors[name] ? (
      <p id={`request-${name}-error`} className="text-xs font-medium text-red-700">
        {errors[name]}
      </p>
    ) : null;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t("logRequest.label")}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
    >
      <div className="space-y-1 sm:col-span-2">
        <Label htmlFor="request-customer">{t("logRequest.customerId")}</Label>
        <Input
          className="h-11"
          id="request-customer"
          name="customerId"
          placeholder={t("logRequest.customerIdPlaceholder")}
          aria-invalid={errors.customerId ? true : undefined}
          aria-describedby={errors.customerId ? "request-customerId-error" : undefined}
        />
        {error("customerId")}
      </div>
      <div className="space-y-1">
        <Label htmlFor="request-type">{t("logRequest.type")}</Label>
        <select
          id="request-type"
          name="type"
          className="h-11 w-full rounded-md border border-stone-300 bg-white px-2 text-base sm:text-sm"
        >
          {REQUEST_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`requestType.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="request-received">{t("logRequest.receivedOn")}</Label>
        <DatePicker
          id="request-received"
          name="receivedOn"
          defaultValue={today}
          max={today}
          className="flex"
          aria-describedby={errors.receivedOn ? "request-receivedOn-error" : undefined}
        />
        {error("receivedOn")}
      </div>
      <div className="space-y-1 sm:col-span-2 lg:col-span-3">
        <Label htmlFor="request-note">{t("logRequest.note")}</Label>
        <Input className="h-11" id="request-note" name="note" maxLength={500} />
      </div>
      <div className="flex items-end">
        <Button type="submit" variant="secondary" disabled={isPending} className="min-h-11">
          {t("logRequest.submit")}
        </Button>
      </div>
      <div className="sm:col-span-2 lg:col-span-4">
        <FormMessage error={message.error} success={message.success} code={message.code} />
      </div>
    </form>
  );
}
