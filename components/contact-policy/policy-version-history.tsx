import { History } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { describePolicyChange } from "@/lib/contact-policy/describe-policy-change";
import type { PolicyVersionSummary } from "@/lib/contact-policy/list-policy-versions";
import { formatDateTime } from "@/lib/format/dates";

/** Every saved version, newest first: who saved it, when, why, and what changed; stacks on a phone. */
export function PolicyVersionHistory({
  versions,
  totalVersions,
}: {
  versions: PolicyVersionSummary[];
  totalVersions: number;
}) {
  const t = useTranslations("contactPolicy.history");
  const locale = useLocale();
  if (versions.length === 0) {
    return (
      <EmptyState icon={History} as="h3" title={t("empty.title")} description={t("empty.description")} />
    );
  }
  return (
    <div>
      <ol aria-label={t("label")} className="divide-y divide-stone-100">
        {versions.map((version, index) => (
          <li
            key={version.version}
            className="grid gap-2 px-5 py-3 sm:grid-cols-[6rem_minmax(0,14rem)_minmax(0,1fr)] sm:gap-4"
          >
            <p className="font-medium text-stone-900">
              {t("version", { version: version.version })}
              {index === 0 ? (
                <span className="block text-xs font-normal text-brand-700">{t("inForce")}</span>
              ) : null}
            </p>
            <p className="text-xs text-stone-600">
              <span className="block">{formatDateTime(version.createdAt, locale)}</span>
              <span className="block">{t("by", { name: version.createdByName ?? t("removedAccount") })}</span>
            </p>
            <div className="min-w-0">
              {version.note ? (
                <p className="mb-1 text-sm break-words text-stone-900">“{version.note}”</p>
              ) : null}
              {version.changes === null ? (
                <p className="text-xs text-stone-600">{t("unreadable")}</p>
              ) : version.changes.length === 0 ? (
                <p className="text-xs text-stone-600">{t("sameSettings")}</p>
              ) : (
                <ul aria-label={t("changes")} className="list-disc space-y-0.5 pl-4 text-xs text-stone-700">
                  {version.changes.map((change) => {
                    const text = describePolicyChange(change, locale);
                    return <li key={text}>{text}</li>;
                  })}
                </ul>
              )}
            </div>
          </li>
        ))}
      </ol>
      {totalVersions > versions.length ? (
        <p className="px-5 py-3 text-xs text-stone-600">
          {t("truncated", { shown: versions.length, total: totalVersions })}
        </p>
      ) : null}
    </div>
  );
}
