import { CustomerLink } from "@/components/customers/customer-link";
import { formatDate } from "@/lib/format/dates";
import type { SurveyAfterTrivial } from "@/lib/insights/list-surveys-after-trivial";

export function SurveysAfterTrivialList({
  surveys,
  total,
}: {
  surveys: SurveyAfterTrivial[];
  total: number;
}) {
  if (surveys.length === 0) {
    return <p className="text-sm text-stone-600">No survey followed a trivial interaction in this period.</p>;
  }
  return (
    <ol aria-label="Latest surveys after trivial interactions" className="divide-y divide-stone-100 text-sm">
      {surveys.map((survey) => (
        <li
          key={`${survey.customerId}-${survey.occurredAt.toISOString()}`}
          className="flex items-baseline justify-between gap-3 py-1.5"
        >
          <CustomerLink
            customerId={survey.customerId}
            className="truncate font-medium text-brand-700 hover:underline"
          >
            {survey.name}
          </CustomerLink>
          <span className="shrink-0 text-xs text-stone-600">
            {formatDate(survey.occurredAt)} · <code>{survey.source}</code>
          </span>
        </li>
      ))}
      {total > surveys.length ? (
        <li className="py-1.5 text-xs text-stone-500">
          the latest {surveys.length} of {total.toLocaleString("en-GB")}
        </li>
      ) : null}
    </ol>
  );
}
