import { Search } from "lucide-react";
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
  return (
    <Form action="/customers" role="search" aria-label="Customers" className="flex flex-col gap-1.5">
      <Label htmlFor="customer-search">Search customers</Label>
      <div className="flex flex-wrap items-center gap-2">
        <div className="relative min-w-64 flex-1">
          <Search
            aria-hidden="true"
            className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-stone-400"
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
            placeholder="Name, email, phone, booking reference or order number"
            className="h-11 pl-9"
          />
        </div>
        <SearchButton />
        {query ? (
          <Button asChild variant="ghost" size="lg">
            <Link href="/customers">Clear search</Link>
          </Button>
        ) : null}
      </div>
      <p id="customer-search-hint" className="text-xs text-stone-500">
        Spelling mistakes in names are fine. Email addresses must be complete. Phone numbers in any format,
        booking references, order numbers and loyalty numbers work too.
      </p>
    </Form>
  );
}
