import { useLocale, useTranslations } from "next-intl";
import { CustomerLink } from "@/components/customers/customer-link";
import { formatDate } from "@/lib/format/dates";
import { formatNumber } from "@/lib/format/numbers";
import type { SurveyAfterTrivial } from "@/lib/insights/list-surveys-after-trivial";

export function SurveysAfterTrivialList({
  surveys,
  total,
}: {
  surveys: SurveyAfterTrivial[];
  total: number;
}) {
  const t = useTranslations("insights.surveysAfterTrivial");
  const locale = useLocale();
  if (surveys.length === 0) {
    return <p className="text-sm text-stone-600">{t("none")}</p>;
  }
  return (
    <ol aria-label={t("label")} className="divide-y divide-stone-100 text-sm">
      {surveys.map((survey) => (
        <li
          key={`${survey.customerId}-${survey.occurredAt.toISOString()}`}
          className="flex flex-wrap items-baseline justify-between gap-x-3 py-1.5"
        >
          <CustomerLink
            customerId={survey.customerId}
            className="inline-flex min-h-11 items-center font-medium break-words text-brand-700 hover:underline sm:min-h-8"
          >
            {survey.name}
          </CustomerLink>
          <span className="text-xs text-stone-600">
            {formatDate(survey.occurredAt, locale)} · <code>{survey.source}</code>
          </span>
        </li>
      ))}
      {total > surveys.length ? (
        <li className="py-1.5 text-xs text-stone-600">
          {t("latest", { shown: surveys.length, total: formatNumber(total, locale) })}
        </li>
      ) : null}
    </ol>
  );
}
