import type { Messages } from "next-intl";
import { createTranslator } from "use-intl/core";
import type { UiLocale } from "@/i18n/locales";
import en from "@/messages/en";
import nl from "@/messages/nl";

// The engine's sentences in both interface languages. The engine also runs outside Next (ingest
// benchmarks and scripts under the react-server condition, where next-intl's entry loads React's
// client hooks), so it translates with use-intl's core, next-intl's own React-free translator.

const MESSAGES: Record<UiLocale, Messages> = { nl, en };

function translator(locale: UiLocale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}

/** One translator per language, made once: it caches the parsed messages. */
export const eligibilityTranslators: Record<UiLocale, ReturnType<typeof translator>> = {
  nl: translator("nl"),
  en: translator("en"),
};
