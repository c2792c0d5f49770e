import type { UiLocale } from "@/i18n/locales";
import { INTL_LOCALE } from "@/i18n/locales";
import { formatCurrency, formatDecimal, formatNumber, formatPercent } from "@/lib/format/numbers";
import type { BucketSize, InsightPeriod } from "@/lib/insights/insight-period";
import type { Takeaway, TakeawayValue } from "@/lib/insights/insight-takeaways";

// Turning the data layer's keys and numbers into the staff member's words: bucket labels, durations,
// journey steps and the takeaways. `t` is the managerInsights translator.

export type Translate = (key: string, values?: Record<string, string | number>) => string;

const bucketFormats = new Map<string, Intl.DateTimeFormat>();
function bucketFormat(locale: UiLocale, size: BucketSize): Intl.DateTimeFormat {
  const key = `${locale}:${size}`;
  let format = bucketFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      INTL_LOCALE[locale],
      size === "week"
        ? { day: "numeric", month: "short", timeZone: "UTC" }
        : { month: "short", year: "numeric", timeZone: "UTC" },
    );
    bucketFormats.set(key, format);
  }
  return format;
}

/** "11 nov" for a week (its first day), "nov 2026" for a month. */
export function bucketLabel(day: string, size: BucketSize, locale: UiLocale): string {
  return bucketFormat(locale, size).format(new Date(`${day}T00:00:00Z`));
}

const dayFormats = new Map<UiLocale, Intl.DateTimeFormat>();
/** "11 nov 2026": a local day written out (it is a calendar day, so no time zone shift). */
export function dayLabel(day: string, locale: UiLocale): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(`${day}T00:00:00Z`));
}

/** "14 uur" up to two days, then "2,5 dagen". */
export function durationLabel(hours: number | null, t: Translate, locale: UiLocale): string {
  if (hours === null) return "–";
  if (hours < 48) return t("units.hours", { hours });
  return t("units.days", { days: formatDecimal(hours / 24, locale) });
}

/** "Zoekmachine → Website → Direct geboekt" */
export function pathLabel(steps: string[], t: Translate): string {
  return steps.map((step) => t(`steps.${step}`)).join(" → ");
}

export function channelLabel(channel: string, t: Translate): string {
  return t(`channels.${channel}`);
}

/** A booking channel as stored (Booking.channel), or "other channel" for one we have no word for. */
export function bookingChannelLabel(channel: string, t: Translate): string {
  const known = [
    "booking_com",
    "expedia",
    "travel_agent",
    "direct",
    "web",
    "app",
    "phone",
    "email",
    "walk_in",
  ];
  return t(`bookingChannels.${known.includes(channel) ? channel : "other"}`);
}

function valueText(value: TakeawayValue, t: Translate, locale: UiLocale): string {
  if ("percent" in value) return formatPercent(value.percent, locale);
  if ("count" in value)
    return Number.isInteger(value.count)
      ? formatNumber(value.count, locale)
      : formatDecimal(value.count, locale);
  if ("money" in value) return formatCurrency(value.money, locale);
  if ("hours" in value) return durationLabel(value.hours, t, locale);
  if ("channel" in value) return channelLabel(value.channel, t);
  if ("path" in value) return pathLabel(value.path, t);
  if ("reason" in value) return value.reason;
  return value.text;
}

export function takeawayText(takeaway: Takeaway, t: Translate, locale: UiLocale): string {
  const values = Object.fromEntries(
    Object.entries(takeaway.values).map(([name, value]) => [name, valueText(value, t, locale)]),
  );
  return t(`takeaways.${takeaway.key}`, values);
}

/** "1 nov 2026 t/m 8 dec 2026", optionally with the period before. */
export function periodLabel(period: InsightPeriod, compare: boolean, t: Translate, locale: UiLocale): string {
  const values = {
    from: dayLabel(period.from, locale),
    to: dayLabel(period.to, locale),
    previousFrom: dayLabel(period.previousFrom, locale),
    previousTo: dayLabel(period.previousTo, locale),
  };
  return t(compare ? "filters.summaryCompared" : "filters.summary", values);
}

/** A file name for a panel's CSV: "gastvrij-direct-rebooking-2026-09-09-2026-12-08". */
export function csvName(panel: string, period: InsightPeriod): string {
  return `gastvrij-${panel}-${period.from}-${period.to}`;
}
