import { CustomerLink } from "@/components/customers/customer-link";
import { formatDate } from "@/lib/format/dates";
import type { CustomersOverBudget } from "@/lib/insights/list-customers-over-budget";

export function OverBudgetList({
  overBudget,
  maxContacts,
}: {
  overBudget: CustomersOverBudget;
  maxContacts: number;
}) {
  if (overBudget.customers.length === 0) {
    return (
      <p className="text-sm text-stone-600">No customer at your locations is over the budget right now.</p>
    );
  }
  return (
    <ol aria-label="Customers over budget" className="divide-y divide-stone-100 text-sm">
      {overBudget.customers.map((customer) => (
        <li key={customer.id} className="flex items-baseline justify-between gap-3 py-1.5">
          <CustomerLink
            customerId={customer.id}
            className="truncate font-medium text-brand-700 hover:underline"
          >
            {customer.name}
          </CustomerLink>
          <span className="shrink-0 text-xs text-stone-600 tabular-nums">
            {customer.contacts} of {maxContacts} · last {formatDate(customer.lastContactAt)}
          </span>
        </li>
      ))}
      {overBudget.count > overBudget.customers.length ? (
        <li className="py-1.5 text-xs text-stone-500">
          and {(overBudget.count - overBudget.customers.length).toLocaleString("en-GB")} more, most contacted
          first
        </li>
      ) : null}
    </ol>
  );
}
