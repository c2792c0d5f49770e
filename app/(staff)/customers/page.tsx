import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CustomerResults } from "@/components/customers/customer-results";
import { CustomerSearchForm } from "@/components/customers/customer-search-form";
import { PageHeader } from "@/components/shell/page-header";
import { requirePageActor } from "@/lib/auth/guards";
import { listCustomers } from "@/lib/customers/list-customers";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("customers");
  return { title: t("metaTitle") };
}

type CustomersPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// No loading.tsx or Suspense here on purpose: either would stream the results behind a fallback, which
// without JavaScript never gets swapped in (the search must work without it), and a loading.tsx would
// also wrap /customers/[id], whose 404 status has to be settled before streaming starts. The search
// button and links show their own pending state instead.
export default async function CustomersPage({ searchParams }: CustomersPageProps) {
  const actor = await requirePageActor("customer.search");
  const t = await getTranslations("customers");
  const { q, after } = await searchParams;
  const page = await listCustomers(actor, { q, after });
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <CustomerSearchForm query={page.query} autoFocus={!page.query} />
      <CustomerResults page={page} now={new Date()} />
    </div>
  );
}
