// The interface languages. Dutch is the default for staff; English is the alternative. Kept free of
// server-only imports, so client components, lib/format and tests can use it.

export const LOCALES = ["nl", "en"] as const;
export type UiLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: UiLocale = "nl";

/** The cookie that remembers the language before sign-in (the login page) and after sign-out. */
export const LOCALE_COOKIE = "gastvrij_locale";

/**
 * The Intl locale behind each interface language. English staff work in the Netherlands too, so
 * English reads "7 December 2026" and 24-hour times (en-GB), never the US month-first order.
 */
export const INTL_LOCALE: Record<UiLocale, string> = { nl: "nl-NL", en: "en-GB" };

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The best interface language for an Accept-Language header; Dutch when nothing matches. */
export function localeFromAcceptLanguage(header: string | null | undefined): UiLocale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", quality, index };
    })
    .filter((entry) => entry.language && Number.isFinite(entry.quality) && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { language } of ranked) if (isUiLocale(language)) return language;
  return DEFAULT_LOCALE;
}
