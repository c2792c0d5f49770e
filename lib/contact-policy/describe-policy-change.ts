import type { UiLocale } from "@/i18n/locales";
import { formatDate } from "@/lib/format/dates";
import { formatDecimal } from "@/lib/format/numbers";
import type { EventType } from "@/lib/generated/prisma/enums";
import { translatorFor } from "@/lib/i18n/translator";
import type { PolicyChange, PolicyValue } from "./diff-policy-settings";
import type { SettingPath } from "./policy-labels";

// A policy change in words: "Marketingcontacten per periode: 4 → 2" or "Triviale interacties:
// toegevoegd Betaling". The version history says it in the staff member's language; the audit entry
// keeps it in English, like every audit detail.

/** A calendar day ("2026-12-25") as a date in words; noon keeps every time zone on the same day. */
function day(value: string, locale: UiLocale): string {
  const date = new Date(`${value}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : formatDate(date, locale);
}

export function describePolicyChange(change: PolicyChange, locale: UiLocale): string {
  const t = translatorFor(locale);
  const setting = t(`contactPolicy.setting.${change.path}`);

  const item = (path: SettingPath, value: string): string => {
    if (path === "surveys.trivialInteractions") return t(`labels.eventType.${value as EventType}`);
    if (path === "quietHours.dates") return day(value, locale);
    if (path.startsWith("consent."))
      return t.has(`contactPolicy.consentPurpose.${value}` as "contactPolicy.consentPurpose.newsletter")
        ? t(`contactPolicy.consentPurpose.${value}` as "contactPolicy.consentPurpose.newsletter")
        : value;
    return value;
  };

  const scalar = (path: SettingPath, value: PolicyValue): string => {
    if (path === "proactiveSocial" && (value === "forbidden" || value === "safety_only"))
      return t(`contactPolicy.proactive.${value}`);
    if (path === "surveys.trivialPaymentBelow" && value === null)
      return t("contactPolicy.change.noTrivialPayment");
    if (typeof value === "boolean") return t(value ? "contactPolicy.change.yes" : "contactPolicy.change.no");
    if (typeof value === "number") return formatDecimal(value, locale, 2);
    return String(value ?? "–");
  };

  if (change.kind === "value") {
    return t("contactPolicy.change.value", {
      setting,
      from: scalar(change.path, change.from),
      to: scalar(change.path, change.to),
    });
  }
  const parts = [
    change.added.length > 0
      ? t("contactPolicy.change.added", { items: change.added.map((v) => item(change.path, v)).join(", ") })
      : null,
    change.removed.length > 0
      ? t("contactPolicy.change.removed", {
          items: change.removed.map((v) => item(change.path, v)).join(", "),
        })
      : null,
  ].filter((part): part is string => part !== null);
  return t("contactPolicy.change.list", { setting, changes: parts.join("; ") });
}
