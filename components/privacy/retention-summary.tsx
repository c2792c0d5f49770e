import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/format/dates";
import { formatNumber } from "@/lib/format/numbers";
import type { PrivacyOverview } from "@/lib/privacy-admin/get-privacy-overview";
import { RETENTION_FIELDS } from "./privacy-copy";

export function RetentionSummary({ retention, lastRun }: Pick<PrivacyOverview, "retention" | "lastRun">) {
  const t = useTranslations("privacy.retention");
  const locale = useLocale();
  const saved = {
    version: retention.version,
    date: retention.createdAt ? formatDateTime(retention.createdAt, locale) : "",
    name: retention.createdByName ?? t("formerAdmin"),
  };
  const counts = lastRun?.counts ?? null;
  return (
    <div className="space-y-2 text-sm">
      <p>
        {retention.version === 0
          ? t("inForceDefaults")
          : retention.note
            ? t("inForceWithNote", { ...saved, note: retention.note })
            : t("inForce", saved)}
      </p>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {RETENTION_FIELDS.map((field) => (
          <div key={field} className="flex justify-between gap-2 border-b border-stone-100 py-1">
            <dt className="text-stone-600">{t(`field.${field}.label`)}</dt>
            <dd className="shrink-0 font-medium">
              {t("days", { count: retention[field], days: formatNumber(retention[field], locale) })}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-stone-600">
        {lastRun
          ? t("lastRun", {
              date: formatDateTime(lastRun.finishedAt, locale),
              events: formatNumber(counts?.events ?? 0, locale),
              audit: formatNumber(counts?.auditEntries ?? 0, locale),
              customers: formatNumber(counts?.customers ?? 0, locale),
            })
          : t("neverRun")}
      </p>
    </div>
  );
}
