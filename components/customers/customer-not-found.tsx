import { UserX } from "lucide-react";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CustomerSearchForm } from "./customer-search-form";

/** Shown for a malformed or unknown customer id, with a search box so the desk can carry on. */
export function CustomerNotFound({ title, description }: { title?: string; description?: string }) {
  const t = useTranslations("customers.notFound");
  return (
    <Card className="mx-auto max-w-2xl">
      <EmptyState as="h1" icon={UserX} title={title ?? t("title")} description={description ?? t("body")} />
      <div className="border-t border-stone-100 px-4 py-5 sm:px-6">
        <CustomerSearchForm />
      </div>
    </Card>
  );
}
