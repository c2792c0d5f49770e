import { INTL_LOCALE, type UiLocale } from "@/i18n/locales";

// Numbers and money in the interface language: "1.234" and "€ 1.234,50" in Dutch, "1,234" and
// "€1,234.50" in English. Formatters are cached: building an Intl.NumberFormat is the costly part.

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormatter(
  locale: UiLocale,
  key: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const cacheKey = `${locale}:${key}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new Intl.NumberFormat(INTL_LOCALE[locale], options);
    formatters.set(cacheKey, formatter);
  }
  return formatter;
}

/** "1.234" / "1,234" */
export function formatNumber(value: number, locale: UiLocale): string {
  return numberFormatter(locale, "integer", { maximumFractionDigits: 0 }).format(value);
}

/** "12,5" / "12.5": at most one decimal, for rates and averages. */
export function formatDecimal(value: number, locale: UiLocale, fractionDigits = 1): string {
  return numberFormatter(locale, `decimal${fractionDigits}`, {
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** "€ 1.234,50" / "€1,234.50" */
export function formatCurrency(amount: number, locale: UiLocale, currency = "EUR"): string {
  return numberFormatter(locale, `currency:${currency}`, { style: "currency", currency }).format(amount);
}

/** "24%" / "24%": a share between 0 and 1. */
export function formatPercent(share: number, locale: UiLocale): string {
  return numberFormatter(locale, "percent", { style: "percent", maximumFractionDigits: 0 }).format(share);
}
