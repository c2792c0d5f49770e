import { UserX } from "lucide-react";
import { CustomerSearchForm } from "./customer-search-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/** Shown for a malformed or unknown customer id, with a search box so the desk can carry on. */
export function CustomerNotFound({
  title = "Customer not found",
  description = "There is no customer at this address. The link may be incomplete, or the customer was merged with another record or erased on request.",
}: {
  title?: string;
  description?: string;
}) {
  return (
    <Card className="mx-auto max-w-2xl">
      <EmptyState as="h1" icon={UserX} title={title} description={description} />
      <div className="border-t border-stone-100 px-6 py-5">
        <CustomerSearchForm />
      </div>
    </Card>
  );
}
