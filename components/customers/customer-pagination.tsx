import { ArrowRight, ChevronsLeft } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { LinkPending } from "./link-pending";

type CustomerPaginationProps = { query: string | null; nextCursor: string | null; isFirstPage: boolean };

function pageHref(query: string | null, after?: string): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (after) params.set("after", after);
  const search = params.toString();
  return search ? `/customers?${search}` : "/customers";
}

// Keyset pages only go forward; "First page" (and the browser's back button) go back.
export function CustomerPagination({ query, nextCursor, isFirstPage }: CustomerPaginationProps) {
  const t = useTranslations("customers.pagination");
  if (isFirstPage && !nextCursor) return null;
  return (
    <nav
      aria-label={t("label")}
      className="flex flex-wrap items-center justify-between gap-3 border-t border-stone-100 px-4 py-3 sm:px-5"
    >
      {isFirstPage ? (
        <span />
      ) : (
        <Button asChild variant="secondary" size="lg">
          <Link href={pageHref(query)}>
            <ChevronsLeft aria-hidden="true" />
            {t("first")}
            <LinkPending />
          </Link>
        </Button>
      )}
      {nextCursor ? (
        <Button asChild variant="secondary" size="lg">
          <Link href={pageHref(query, nextCursor)}>
            {t("next")}
            <ArrowRight aria-hidden="true" />
            <LinkPending />
          </Link>
        </Button>
      ) : (
        <span className="text-sm text-stone-600">{t("end")}</span>
      )}
    </nav>
  );
}
