"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { isUiLocale, LOCALES } from "@/i18n/locales";
import { setOwnLocaleAction } from "./account-actions";

/**
 * Nederlands or English for this staff member. Saving refreshes the page, so every label, date and
 * <html lang> switch at once; the confirmation then reads in the new language too.
 */
export function LanguageForm() {
  const t = useTranslations();
  const current = useLocale();
  const router = useRouter();
  const [outcome, setOutcome] = useState<{ isSaved: true } | { error: string; code?: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const locale = new FormData(event.currentTarget).get("locale");
    startTransition(async () => {
      const result = await setOwnLocaleAction({ locale: isUiLocale(locale) ? locale : null });
      if (!result.ok) return setOutcome({ error: result.error, code: result.code });
      setOutcome({ isSaved: true });
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-800">{t("account.language.legend")}</legend>
        <div className="flex flex-wrap gap-2">
          {LOCALES.map((locale) => (
            <label
              key={locale}
              lang={locale}
              className={cn(
                "flex min-h-11 cursor-pointer items-center gap-2 rounded-md border px-4 text-base",
                "border-stone-300 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-700",
                "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
              )}
            >
              <input
                type="radio"
                name="locale"
                value={locale}
                defaultChecked={locale === current}
                className="size-4 accent-brand-600"
              />
              {t(`common.language.${locale}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" size="lg" disabled={isPending}>
        {isPending ? t("common.actions.saving") : t("common.actions.save")}
      </Button>
      {outcome && "error" in outcome ? (
        <FormMessage error={outcome.error} code={outcome.code} />
      ) : outcome ? (
        <FormMessage success={t("account.language.saved")} />
      ) : null}
    </form>
  );
}
