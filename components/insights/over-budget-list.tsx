import { useLocale, useTranslations } from "next-intl";
import { CustomerLink } from "@/components/customers/customer-link";
import { formatDate } from "@/lib/format/dates";
import { formatNumber } from "@/lib/format/numbers";
import type { CustomersOverBudget } from "@/lib/insights/list-customers-over-budget";

export function OverBudgetList({
  overBudget,
  maxContacts,
}: {
  overBudget: CustomersOverBudget;
  maxContacts: number;
}) {
  const t = useTranslations("insights.overBudget");
  const locale = useLocale();
  if (overBudget.customers.length === 0) {
    return <p className="text-sm text-stone-600">{t("none")}</p>;
  }
  const more = overBudget.count - overBudget.customers.length;
  return (
    <ol aria-label={t("label")} className="divide-y divide-stone-100 text-sm">
      {overBudget.customers.map((customer) => (
        <li key={customer.id} className="flex flex-wrap items-baseline justify-between gap-x-3 py-1.5">
          <CustomerLink
            customerId={customer.id}
            className="inline-flex min-h-11 items-center font-medium break-words text-brand-700 hover:underline sm:min-h-8"
          >
            {customer.name}
          </CustomerLink>
          <span className="text-xs text-stone-600 tabular-nums">
            {t("contacts", {
              count: customer.contacts,
              max: maxContacts,
              date: formatDate(customer.lastContactAt, locale),
            })}
          </span>
        </li>
      ))}
      {more > 0 ? (
        <li className="py-1.5 text-xs text-stone-600">
          {t("more", { formatted: formatNumber(more, locale) })}
        </li>
      ) : null}
    </ol>
  );
}
