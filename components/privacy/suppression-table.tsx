import { Ban } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/format/dates";
import type { IdentityType } from "@/lib/generated/prisma/enums";
import type { PrivacyOverview } from "@/lib/privacy-admin/get-privacy-overview";
import { LiftSuppressionForm } from "./lift-suppression-form";

/** Suppressed identifiers of erased customers, each with the way to lift it; stacks on a phone. */
export function SuppressionTable({ suppressions }: { suppressions: PrivacyOverview["suppressions"] }) {
  const t = useTranslations();
  const locale = useLocale();
  if (suppressions.length === 0)
    return <EmptyState icon={Ban} as="h3" title={t("privacy.suppressions.empty")} />;
  return (
    <ul aria-label={t("privacy.suppressions.title")} className="divide-y divide-stone-100">
      {suppressions.map((suppression) => {
        const label = t("privacy.suppressions.identifier", {
          type: t(`labels.identityType.${suppression.type as IdentityType}`),
          pseudonym: suppression.pseudonym ?? t("privacy.suppressions.erasedCustomer"),
        });
        return (
          <li
            key={suppression.id}
            className="grid gap-2 px-5 py-3 text-sm md:grid-cols-[minmax(0,1.5fr)_minmax(0,1fr)_minmax(0,2fr)] md:items-start md:gap-4"
          >
            <p className="break-words text-stone-900">{label}</p>
            <p className="text-stone-700">
              {t("privacy.suppressions.since", { date: formatDate(suppression.since, locale) })}
            </p>
            <LiftSuppressionForm suppressionId={suppression.id} label={label} />
          </li>
        );
      })}
    </ul>
  );
}
