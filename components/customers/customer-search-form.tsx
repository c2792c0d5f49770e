import { Search } from "lucide-react";
import { useTranslations } from "next-intl";
import Form from "next/form";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { MAX_SEARCH_LENGTH } from "@/lib/validation/customers";
import { SearchButton } from "./search-button";

type CustomerSearchFormProps = {
  query?: string | null;
  /** On the customer list the search box is the whole point of the page; elsewhere it is secondary. */
  autoFocus?: boolean;
};

// A plain GET form: it works before JavaScript loads, and next/form turns it into a client navigation after.
export function CustomerSearchForm({ query, autoFocus = false }: CustomerSearchFormProps) {
  const t = useTranslations("customers.form");
  return (
    <Form action="/customers" role="search" aria-label={t("landmark")} className="flex flex-col gap-1.5">
      <Label htmlFor="customer-search">{t("label")}</Label>
      <div className="flex flex-wrap items-center gap-2">
        <div className="relative min-w-0 flex-[1_1_16rem]">
          <Search
            aria-hidden="true"
            className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-stone-500"
          />
          <Input
            // Remount on a new query so "Clear search" empties the box too.
            key={query ?? ""}
            id="customer-search"
            name="q"
            type="search"
            defaultValue={query ?? ""}
            maxLength={MAX_SEARCH_LENGTH}
            autoComplete="off"
            spellCheck={false}
            autoFocus={autoFocus}
            aria-describedby="customer-search-hint"
            placeholder={t("placeholder")}
            className="h-11 pl-9"
          />
        </div>
        <SearchButton />
        {query ? (
          <Button asChild variant="ghost" size="lg">
            <Link href="/customers">{t("clear")}</Link>
          </Button>
        ) : null}
      </div>
      <p id="customer-search-hint" className="text-xs text-stone-600">
        {t("hint")}
      </p>
    </Form>
  );
}
