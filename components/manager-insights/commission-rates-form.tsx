"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { DatePicker } from "@/components/ui/date-picker";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { CommissionRates } from "@/lib/validation/commission-rates";
import { saveCommissionRatesAction } from "./commission-actions";

const STEP_UP = new Set(["step_up_required", "second_factor_required"]);

/** New rates for Booking.com and Expedia, valid from a day; saving adds a version. */
export function CommissionRatesForm({ rates, today }: { rates: CommissionRates; today: string }) {
  const t = useTranslations("managerInsights.commission.form");
  // "15,5" in Dutch: the field reads the way the staff member types it (either separator is taken).
  const decimalSeparator = useLocale() === "nl" ? "," : ".";
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ error?: string; success?: string; code?: string }>({});
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      rates: {
        booking_com: String(form.get("booking_com") ?? "").replace(",", "."),
        expedia: String(form.get("expedia") ?? "").replace(",", "."),
      },
      validFrom: String(form.get("validFrom") ?? ""),
      note: String(form.get("note") ?? ""),
    };
    startTransition(async () => {
      const result = await saveCommissionRatesAction(input);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage({ error: result.error, code: result.code });
        return;
      }
      setErrors({});
      setMessage({ success: t("saved", { version: result.data.version }) });
    });
  }

  const field = (name: "booking_com" | "expedia") => (
    <div className="flex flex-col gap-1">
      <Label htmlFor={`commission-${name}`}>{t(name)}</Label>
      <Input
        id={`commission-${name}`}
        name={name}
        inputMode="decimal"
        defaultValue={String(rates[name]).replace(".", decimalSeparator)}
        className="h-11 w-32"
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `commission-${name}-error` : undefined}
      />
      {errors[name] ? (
        <p id={`commission-${name}-error`} className="text-xs font-medium text-red-700">
          {errors[name]}
        </p>
      ) : null}
    </div>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("title")}>
      <div className="flex flex-wrap gap-4">
        {field("booking_com")}
        {field("expedia")}
        <div className="flex flex-col gap-1">
          <Label htmlFor="commission-valid-from">{t("validFrom")}</Label>
          <DatePicker id="commission-valid-from" name="validFrom" defaultValue={today} />
          {errors.validFrom ? <p className="text-xs font-medium text-red-700">{errors.validFrom}</p> : null}
        </div>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="commission-note">{t("note")}</Label>
        <textarea
          id="commission-note"
          name="note"
          rows={2}
          maxLength={500}
          className="w-full rounded-md border border-stone-300 px-3 py-2 text-base shadow-sm focus-visible:outline-2 focus-visible:outline-brand-600"
        />
      </div>
      {message.error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {message.error}
          {message.code && STEP_UP.has(message.code) ? (
            <>
              {" "}
              <Link
                href="/account/security/verify?next=%2Finsights%2Fcommission"
                className="font-medium underline"
              >
                {t("stepUp")}
              </Link>
            </>
          ) : null}
        </p>
      ) : message.success ? (
        <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700">
          {message.success}
        </p>
      ) : null}
      <Button type="submit" disabled={isPending} className="min-h-11">
        {isPending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
