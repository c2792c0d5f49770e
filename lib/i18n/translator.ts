import { createTranslator, type Messages } from "next-intl";
import type { UiLocale } from "@/i18n/locales";
import type { MessageRef } from "@/lib/errors";
import en from "@/messages/en";
import nl from "@/messages/nl";

// Translation outside a page render: route handlers, server actions' results, scripts and tests.
// Pages and components use next-intl's getTranslations() / useTranslations() instead.

const MESSAGES: Record<UiLocale, Messages> = { nl, en };

/** A translator over all messages of one language (keys as "namespace.key"). */
export function translatorFor(locale: UiLocale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}

/** Whether a key names a message (not a namespace); a sentence that is not a key says "no". */
export function isMessageKey(key: string): boolean {
  let node: unknown = MESSAGES.nl;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

/** The sentence behind a message reference in one language; `fallback` when the key is unknown. */
export function say(ref: MessageRef | undefined, locale: UiLocale, fallback: string): string {
  if (!ref || !isMessageKey(ref.key)) return fallback;
  const t = translatorFor(locale) as unknown as (key: string, values?: MessageRef["values"]) => string;
  return t(ref.key, ref.values);
}
