import { LoaderCircle, SearchX, TriangleAlert, Type, type LucideIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import {
  SearchRequestError,
  type SearchResultJson,
  type useCustomerSearchQuery,
} from "./use-customer-search-query";

function Message({
  icon: Icon,
  children,
  isAlert = false,
}: {
  icon: LucideIcon;
  children: ReactNode;
  isAlert?: boolean;
}) {
  return (
    <div
      role={isAlert ? "alert" : "status"}
      className="flex items-start gap-3 px-3 py-6 text-sm text-stone-600"
    >
      <Icon
        aria-hidden="true"
        className={isAlert ? "size-5 shrink-0 text-red-600" : "size-5 shrink-0 text-stone-500"}
      />
      <div className="space-y-1">{children}</div>
    </div>
  );
}

/** What the list says when it has no results to show: why, and what to type instead. */
export function SearchStatus({
  search,
  result,
}: {
  search: ReturnType<typeof useCustomerSearchQuery>;
  result: SearchResultJson | undefined;
}) {
  const t = useTranslations("search");
  const tCommon = useTranslations("common");
  if (!search.isEnabled) return <Message icon={Type}>{t("typeMore")}</Message>;
  if (search.isError && !search.isFetching) {
    const error = search.error;
    const detail =
      error instanceof SearchRequestError && !error.message
        ? t("failedStatus", { status: error.status })
        : error.message;
    return (
      <Message icon={TriangleAlert} isAlert>
        <p className="font-medium text-stone-900">{t("failed")}</p>
        <p>{detail}</p>
        <button
          type="button"
          onClick={() => void search.refetch()}
          className="-mx-2 min-h-11 rounded-md px-2 font-medium text-brand-700 underline-offset-4 hover:underline"
        >
          {tCommon("actions.retry")}
        </button>
      </Message>
    );
  }
  if (!result) {
    return (
      <Message icon={LoaderCircle}>
        <p>{t("searching")}</p>
      </Message>
    );
  }
  if (result.hits.length > 0) return null;
  if (result.problem === "too_short") return <Message icon={Type}>{t("tooShort")}</Message>;
  if (result.problem === "incomplete_email") return <Message icon={Type}>{t("incompleteEmail")}</Message>;
  return (
    <Message icon={SearchX}>
      <p className="font-medium text-stone-900">{t("noResults", { query: result.query })}</p>
      <p>{t("noResultsHint")}</p>
    </Message>
  );
}
