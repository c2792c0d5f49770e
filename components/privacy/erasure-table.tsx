import { ShieldCheck } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/format/dates";
import { formatNumber } from "@/lib/format/numbers";
import type { PrivacyOverview } from "@/lib/privacy-admin/get-privacy-overview";

const ORIGINS = ["admin", "api", "retention"] as const;
type Origin = (typeof ORIGINS)[number];
const isOrigin = (value: string): value is Origin => (ORIGINS as readonly string[]).includes(value);

/** The erasures done: pseudonym, when, by whom and why; one block per erasure on a phone. */
export function ErasureTable({ erasures }: { erasures: PrivacyOverview["erasures"] }) {
  const t = useTranslations("privacy.erasures");
  const locale = useLocale();
  if (erasures.length === 0) return <EmptyState icon={ShieldCheck} as="h3" title={t("empty")} />;
  return (
    <ul aria-label={t("title")} className="divide-y divide-stone-100">
      {erasures.map((erasure) => {
        const origin = isOrigin(erasure.origin) ? t(`origin.${erasure.origin}`) : erasure.origin;
        return (
          <li
            key={erasure.id}
            className="grid gap-1 px-5 py-3 text-sm md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_minmax(0,1fr)_minmax(0,2fr)] md:gap-4"
          >
            <p className="font-mono text-xs text-stone-900">{erasure.pseudonym}</p>
            <p className="text-stone-900">
              {formatDateTime(erasure.erasedAt, locale)}
              <span className="block text-xs text-stone-600">
                {t("duration", { ms: formatNumber(erasure.durationMs, locale) })}
              </span>
            </p>
            <p className="text-stone-900">
              {erasure.erasedBy ?? origin}
              {erasure.erasedBy ? <span className="block text-xs text-stone-600">{origin}</span> : null}
            </p>
            <p className="break-words text-stone-700">
              <span className="font-medium text-stone-600 md:sr-only">{t("reason")}: </span>
              {erasure.reason}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
