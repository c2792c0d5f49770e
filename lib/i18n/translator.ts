import type { Messages } from "next-intl";
import { createTranslator } from "use-intl/core";
import type { z } from "zod";
import type { UiLocale } from "@/i18n/locales";
import type { MessageRef } from "@/lib/errors";
import en from "@/messages/en";
import nl from "@/messages/nl";
import { issueRef, sayRef } from "./message-ref";

// Translation outside a page render: route handlers, server actions' results, scripts and tests.
// Pages and components use next-intl's getTranslations() / useTranslations() instead. The translator
// is use-intl's core, next-intl's own React-free one: every error in lib/ is said through here, and
// lib also runs in scripts under the react-server condition, where next-intl's entry loads React's
// client hooks.

const MESSAGES: Record<UiLocale, Messages> = { nl, en };

const makeTranslator = (locale: UiLocale) => createTranslator({ locale, messages: MESSAGES[locale] });
// Made once per language: a batch of a thousand refused rows says its sentences with one formatter cache.
const TRANSLATORS = { nl: makeTranslator("nl"), en: makeTranslator("en") };

/** A translator over all messages of one language (keys as "namespace.key"). */
export function translatorFor(locale: UiLocale): ReturnType<typeof makeTranslator> {
  return TRANSLATORS[locale];
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

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The sentence behind a message reference in one language; `fallback` when the key is unknown. */
export function say(ref: MessageRef | undefined, locale: UiLocale, fallback: string): string {
  if (!ref || !isMessageKey(ref.key)) return fallback;
  return sayRef(translatorFor(locale) as unknown as Translate, ref);
}

/** The English sentence of a reference: an error's `message`, for logs and the public API. */
export function english(ref: MessageRef): string {
  return say(ref, "en", ref.key);
}

/** A zod issue said in one language (server code and tests; browser forms use useIssueMessage()). */
export function sayIssue(issue: z.core.$ZodIssue, locale: UiLocale): string {
  return sayRef(translatorFor(locale) as unknown as Translate, issueRef(issue));
}
