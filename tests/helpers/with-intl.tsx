import { NextIntlClientProvider } from "next-intl";
import type { ReactElement, ReactNode } from "react";
import type { UiLocale } from "@/i18n/locales";
import en from "@/messages/en";
import nl from "@/messages/nl";

/** Wraps a component under test in the app's messages, in Dutch unless a test asks for English. */
export function withIntl(ui: ReactNode, locale: UiLocale = "nl"): ReactElement {
  return (
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : nl} timeZone="Europe/Amsterdam">
      {ui}
    </NextIntlClientProvider>
  );
}
