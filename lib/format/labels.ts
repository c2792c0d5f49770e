import { INTL_LOCALE, type UiLocale } from "@/i18n/locales";

// The words for enum values (event types, channels, fact kinds, …) live in the message files,
// messages/<locale>/labels.json: useTranslations("labels") / getTranslations("labels") and
// t(`channel.${channel}`). What is left here needs Intl, not a message file.

const languageNames = new Map<UiLocale, Intl.DisplayNames>();

/** "nl" → "Nederlands" (Dutch interface) or "Dutch" (English); an unknown code is shown as given. */
export function languageLabel(code: string, locale: UiLocale): string {
  let names = languageNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: "language" });
    languageNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
