import { LoaderCircle, SearchX, TriangleAlert, Type, type LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { searchCopy } from "./search-copy";
import type { SearchResultJson, useCustomerSearchQuery } from "./use-customer-search-query";

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
        className={isAlert ? "size-5 shrink-0 text-red-600" : "size-5 shrink-0 text-stone-400"}
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
  if (!search.isEnabled) return <Message icon={Type}>{searchCopy.typeMore}</Message>;
  if (search.isError && !search.isFetching) {
    return (
      <Message icon={TriangleAlert} isAlert>
        <p className="font-medium text-stone-900">{searchCopy.failed}</p>
        <p>{search.error.message}</p>
        <button
          type="button"
          onClick={() => void search.refetch()}
          className="font-medium text-brand-700 underline-offset-4 hover:underline"
        >
          {searchCopy.retry}
        </button>
      </Message>
    );
  }
  if (!result) {
    return (
      <Message icon={LoaderCircle}>
        <p>{searchCopy.searching}</p>
      </Message>
    );
  }
  if (result.hits.length > 0) return null;
  if (result.problem === "too_short") return <Message icon={Type}>{searchCopy.tooShort}</Message>;
  if (result.problem === "incomplete_email")
    return <Message icon={Type}>{searchCopy.incompleteEmail}</Message>;
  return (
    <Message icon={SearchX}>
      <p className="font-medium text-stone-900">{searchCopy.noResults(result.query)}</p>
      <p>{searchCopy.noResultsHint}</p>
    </Message>
  );
}
