import { SearchX, Users } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { CustomerListPage } from "@/lib/customers/list-customers";
import { CustomerPagination } from "./customer-pagination";
import { CustomerTable } from "./customer-table";

// No action buttons here: the search form's "Clear search" and the pagination's "First page" are already
// on screen, and a second link with the same name would only be noise (and ambiguous for tests).
function NoResults({ page }: { page: CustomerListPage }) {
  if (page.query && page.problem === "too_short") {
    return (
      <EmptyState
        icon={SearchX}
        title="Type at least 2 letters of the name"
        description="One letter matches too many people. Add a letter, or search by email address, phone number, booking reference or order number."
      />
    );
  }
  if (page.query && page.problem === "incomplete_email") {
    return (
      <EmptyState
        icon={SearchX}
        title="Finish the email address"
        description="Search needs the whole address, such as anna@example.nl."
      />
    );
  }
  if (page.query) {
    return (
      <EmptyState
        icon={SearchX}
        title={`No customers match “${page.query}”`}
        description="Check the spelling, or try their full email address, phone number, booking reference or order number."
      />
    );
  }
  if (!page.isFirstPage) {
    return (
      <EmptyState
        icon={Users}
        title="No more customers"
        description="You have reached the end of the list."
      />
    );
  }
  return (
    <EmptyState
      icon={Users}
      title="No customers yet"
      description="Customers appear here as soon as a booking, order or other event about them comes in."
    />
  );
}

function summary(page: CustomerListPage): string {
  const count = page.rows.length;
  const customers = `${count} ${count === 1 ? "customer" : "customers"}`;
  if (page.query)
    return page.hasMore ? `The ${customers} that match best` : `${customers}, best matches first`;
  const isOnlyPage = page.isFirstPage && !page.nextCursor;
  return isOnlyPage ? `${customers}, sorted by last name` : "Sorted by last name";
}

export function CustomerResults({ page, now }: { page: CustomerListPage; now: Date }) {
  const heading = page.query ? `Customers matching “${page.query}”` : "All customers";
  return (
    <Card className="overflow-hidden">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-stone-100 px-5 py-3">
        <h2 className="text-base font-semibold text-stone-900">{heading}</h2>
        {page.rows.length > 0 ? <p className="text-sm text-stone-500">{summary(page)}</p> : null}
      </div>
      {page.rows.length > 0 ? (
        <CustomerTable rows={page.rows} caption={heading} now={now} />
      ) : (
        <NoResults page={page} />
      )}
      {page.query && page.hasMore ? (
        <p className="border-t border-stone-100 px-5 py-3 text-sm text-stone-600">
          More customers match. Add a first name, or search by email address, phone number, booking reference
          or order number.
        </p>
      ) : null}
      <CustomerPagination query={page.query} nextCursor={page.nextCursor} isFirstPage={page.isFirstPage} />
    </Card>
  );
}
