import { SearchX, Users } from "lucide-react";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { CustomerListPage } from "@/lib/customers/list-customers";
import { CustomerPagination } from "./customer-pagination";
import { CustomerTable } from "./customer-table";

// No action buttons here: the search form's "Clear search" and the pagination's "First page" are already
// on screen, and a second link with the same name would only be noise (and ambiguous for tests).
function NoResults({ page }: { page: CustomerListPage }) {
  const t = useTranslations("customers.empty");
  if (page.query && page.problem === "too_short") {
    return <EmptyState icon={SearchX} title={t("tooShortTitle")} description={t("tooShortBody")} />;
  }
  if (page.query && page.problem === "incomplete_email") {
    return (
      <EmptyState icon={SearchX} title={t("incompleteEmailTitle")} description={t("incompleteEmailBody")} />
    );
  }
  if (page.query) {
    return (
      <EmptyState
        icon={SearchX}
        title={t("noMatchTitle", { query: page.query })}
        description={t("noMatchBody")}
      />
    );
  }
  if (!page.isFirstPage) {
    return <EmptyState icon={Users} title={t("endTitle")} description={t("endBody")} />;
  }
  return <EmptyState icon={Users} title={t("noneTitle")} description={t("noneBody")} />;
}

export function CustomerResults({ page, now }: { page: CustomerListPage; now: Date }) {
  const t = useTranslations("customers.results");
  const count = page.rows.length;
  const heading = page.query ? t("headingQuery", { query: page.query }) : t("headingAll");
  const isOnlyPage = page.isFirstPage && !page.nextCursor;
  const summary = page.query
    ? t(page.hasMore ? "summaryBestOfMore" : "summaryBest", { count })
    : isOnlyPage
      ? t("summaryOnly", { count })
      : t("sorted");
  return (
    <Card className="overflow-hidden">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-stone-100 px-4 py-3 sm:px-5">
        <h2 className="text-base font-semibold break-words text-stone-900">{heading}</h2>
        {count > 0 ? <p className="text-sm text-stone-600">{summary}</p> : null}
      </div>
      {count > 0 ? <CustomerTable rows={page.rows} caption={heading} now={now} /> : <NoResults page={page} />}
      {page.query && page.hasMore ? (
        <p className="border-t border-stone-100 px-4 py-3 text-sm text-stone-600 sm:px-5">{t("moreMatch")}</p>
      ) : null}
      <CustomerPagination query={page.query} nextCursor={page.nextCursor} isFirstPage={page.isFirstPage} />
    </Card>
  );
}
