"use client";

import { Languages } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALES, type UiLocale } from "@/i18n/locales";
import { cn } from "@/components/ui/cn";
import { setLoginLocaleAction } from "./locale-actions";

/**
 * Nederlands / English on the login page: remembered on this device, and the page speaks it at once.
 * Each name is written in its own language, so whoever can't read the current one still finds theirs.
 */
export function LoginLanguageSwitch() {
  const t = useTranslations();
  const current = useLocale();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();

  function choose(locale: UiLocale) {
    startTransition(async () => {
      const result = await setLoginLocaleAction(locale);
      if (result.ok) router.refresh();
    });
  }

  return (
    <div
      role="group"
      aria-label={t("auth.languageSwitch.label")}
      className="flex items-center justify-center gap-1"
    >
      <Languages aria-hidden="true" className="mr-1 size-4 text-stone-600" />
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          disabled={isPending}
          onClick={() => choose(locale)}
          className={cn(
            "h-11 rounded-md px-4 text-sm font-medium transition-colors disabled:opacity-60",
            locale === current
              ? "bg-white text-brand-700 shadow-sm ring-1 ring-stone-200"
              : "text-stone-700 hover:bg-white/70 hover:text-stone-900",
          )}
        >
          {t(`common.language.${locale}`)}
        </button>
      ))}
    </div>
  );
}
