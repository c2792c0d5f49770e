import { INTL_LOCALE, type UiLocale } from "@/i18n/locales";
import { formatCurrency } from "@/lib/format/numbers";
import { localParts } from "@/lib/time/zoned-time";
import type { Channel } from "@/lib/generated/prisma/enums";
import {
  ELIGIBILITY_RULES,
  type EligibilityReason,
  type EligibilityRule,
  type ReasonDetail,
  type ReasonMoment,
} from "./eligibility-types";
import { eligibilityTranslators } from "./eligibility-translator";

// Every sentence the eligibility engine says, from the words in messages/<locale>/contactPressure.json.
// Rules describe a denial as data (ReasonDetail); staff read it in their own language, the public API
// and logs in English. Moments are told in the customer's time zone, the zone the quiet hours are about.

const say = eligibilityTranslators;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const pad = (value: number) => String(value).padStart(2, "0");
const dayNumber = (parts: { year: number; month: number; day: number }) =>
  Date.UTC(parts.year, parts.month - 1, parts.day);

/** `at` as the customer's wall clock sees it, relative to the check at `now`. */
export function momentOf(at: number, now: number, timeZone: string): ReasonMoment {
  const local = localParts(timeZone, at);
  const today = localParts(timeZone, now);
  return {
    days: (dayNumber(local) - dayNumber(today)) / DAY_MS,
    date: `${local.year}-${pad(local.month)}-${pad(local.day)}`,
    time: local.hour === 0 && local.minute === 0 ? null : `${pad(local.hour)}:${pad(local.minute)}`,
    sameYear: local.year === today.year,
  };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function sayDay(date: string, withYear: boolean, locale: UiLocale): string {
  const key = `${locale}:${withYear}`;
  let format = dayFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", timeZone: "UTC" };
    format = new Intl.DateTimeFormat(
      INTL_LOCALE[locale],
      withYear ? { ...options, year: "numeric" } : options,
    );
    dayFormats.set(key, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** "vandaag om 14:05", "morgen", "21 feb om 08:00", "3 jan 2027" (English: "today at 14:05", …). */
export function sayMoment(moment: ReasonMoment, locale: UiLocale): string {
  const t = say[locale];
  const { time } = moment;
  if (moment.days === 0)
    return time ? t("contactPressure.moment.todayAt", { time }) : t("contactPressure.moment.today");
  if (moment.days === 1)
    return time ? t("contactPressure.moment.tomorrowAt", { time }) : t("contactPressure.moment.tomorrow");
  const date = sayDay(moment.date, !moment.sameYear, locale);
  return time
    ? t("contactPressure.moment.dateAt", { date, time })
    : t("contactPressure.moment.date", { date });
}

/** "zojuist", "3 uur geleden", "12 dagen geleden" (English: "just now", "3 hours ago", …). */
export function sayAgo(elapsedMs: number, locale: UiLocale): string {
  const t = say[locale];
  const elapsed = Math.max(0, elapsedMs);
  if (elapsed < HOUR_MS) {
    const minutes = Math.floor(elapsed / 60_000);
    return minutes <= 1
      ? t("contactPressure.ago.justNow")
      : t("contactPressure.ago.minutes", { count: minutes });
  }
  if (elapsed < DAY_MS) return t("contactPressure.ago.hours", { count: Math.floor(elapsed / HOUR_MS) });
  return t("contactPressure.ago.days", { count: Math.floor(elapsed / DAY_MS) });
}

function sayInteraction(
  detail: Extract<ReasonDetail, { key: "surveyAfterTrivial" }>,
  locale: UiLocale,
): string {
  const t = say[locale];
  const ago = sayAgo(detail.ago, locale);
  const { type, amount } = detail.interaction;
  switch (type) {
    case "address_change":
    case "password_reset":
    case "info_question":
    case "invoice_copy":
      return t(`contactPressure.interaction.${type}`, { ago });
    case "payment":
      return amount === null
        ? t("contactPressure.interaction.payment", { ago })
        : t("contactPressure.interaction.paymentAmount", { ago, amount: formatCurrency(amount, locale) });
    default:
      return t("contactPressure.interaction.other", { ago, type: t(`labels.eventType.${type}`) });
  }
}

/** The sentence behind a denial, in one interface language. */
export function sayReason(detail: ReasonDetail, locale: UiLocale): string {
  const t = say[locale];
  const moment = (value: ReasonMoment) => sayMoment(value, locale);
  const ago = (value: number) => sayAgo(value, locale);
  switch (detail.key) {
    case "marketingBudget":
      return t("contactPressure.reasons.marketingBudget", {
        count: detail.count,
        max: detail.max,
        days: detail.days,
        from: moment(detail.from),
      });
    case "marketingDaily":
      return t("contactPressure.reasons.marketingDaily", {
        count: detail.count,
        max: detail.max,
        from: moment(detail.from),
      });
    case "marketingChannel":
      return t("contactPressure.reasons.marketingChannel", {
        contacts: t(`contactPressure.purposeCount.${detail.purpose}`, { count: detail.count }),
        max: detail.max,
        days: detail.days,
        from: moment(detail.from),
      });
    case "surveyInterval":
      return t("contactPressure.reasons.surveyInterval", { ago: ago(detail.ago), from: moment(detail.from) });
    case "surveyAfterTrivial":
      return t("contactPressure.reasons.surveyAfterTrivial", {
        interaction: sayInteraction(detail, locale),
        from: moment(detail.from),
      });
    case "caseOpen":
      return t("contactPressure.reasons.caseOpen", { kind: detail.kind, reference: detail.reference });
    case "caseResolvedRecently":
      return t("contactPressure.reasons.caseResolvedRecently", {
        kind: detail.kind,
        reference: detail.reference,
        ago: ago(detail.ago),
        hours: detail.hours,
        from: moment(detail.from),
      });
    case "caseResolvedLater":
      return t("contactPressure.reasons.caseResolvedLater", {
        kind: detail.kind,
        reference: detail.reference,
        from: moment(detail.from),
      });
    case "subjectSurveyed":
      return t("contactPressure.reasons.subjectSurveyed", {
        reference: detail.reference,
        ago: ago(detail.ago),
      });
    case "quietHours":
      return t("contactPressure.reasons.quietHours", {
        start: detail.start,
        end: detail.end,
        from: moment(detail.from),
      });
    case "quietDate":
      return t("contactPressure.reasons.quietDate", { from: moment(detail.from) });
    case "consentMissing":
      return t("contactPressure.reasons.consentMissing", {
        purpose: t(`contactPressure.consentPurpose.${detail.purpose}`),
        channel: sayConsentChannel(detail.channel, locale),
      });
    case "consentRefused":
      return t("contactPressure.reasons.consentRefused", {
        purpose: t(`contactPressure.consentPurpose.${detail.purpose}`),
        channel: sayConsentChannel(detail.channel, locale),
        when: moment(detail.when),
      });
    case "proactiveForbidden":
    case "proactiveNotSafety":
      return t(`contactPressure.reasons.${detail.key}`);
    case "notAFollowup":
      return detail.caseRef
        ? t("contactPressure.reasons.notAFollowupCase", {
            caseRef: detail.caseRef,
            purpose: t(`contactPressure.judgedAs.${detail.judgedAs}`),
          })
        : t("contactPressure.reasons.notAFollowupNoCase", {
            purpose: t(`contactPressure.judgedAs.${detail.judgedAs}`),
          });
  }
}

const CONSENT_CHANNELS = ["email", "sms", "app", "phone", "web"] as const satisfies readonly Channel[];

/** "per e-mail", "in de app"; a channel consent is rarely asked on: "via Social media". */
function sayConsentChannel(channel: Channel, locale: UiLocale): string {
  const t = say[locale];
  return isOneOf(CONSENT_CHANNELS, channel)
    ? t(`contactPressure.consentChannel.${channel}`)
    : t("contactPressure.consentChannel.other", { channel: t(`labels.channel.${channel}`) });
}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** A denial as the engine hands it out: its rule, the English sentence and the data behind it. */
export function reasonOf(rule: EligibilityRule, detail: ReasonDetail): EligibilityReason {
  return { rule, message: sayReason(detail, "en"), detail };
}

/** A stored rule id in words (the engine's own labels); an id from an older release shows as is. */
export function ruleLabel(rule: string, locale: UiLocale): string {
  return isOneOf(ELIGIBILITY_RULES, rule) ? say[locale](`contactPressure.rules.${rule}`) : rule;
}
