import type { Messages } from "next-intl";
import type { UiLocale } from "@/i18n/locales";

/** All messages of one interface language; each language is its own chunk, loaded on first use. */
export async function loadMessages(locale: UiLocale): Promise<Messages> {
  const loaded = locale === "en" ? await import("./en") : await import("./nl");
  return loaded.default;
}
