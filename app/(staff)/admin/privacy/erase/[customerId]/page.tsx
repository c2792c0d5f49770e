import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPage } from "@/components/admin/admin-page";
import { EraseCustomerForm } from "@/components/privacy/erase-customer-form";
import { ErasedNotice } from "@/components/privacy/erased-notice";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { NotFoundError } from "@/lib/errors";
import { requirePageActor } from "@/lib/auth/guards";
import { UNNAMED_CUSTOMER } from "@/lib/format/names";
import { previewErasure } from "@/lib/privacy/erase-by-staff";

export const metadata: Metadata = { title: "Erase customer" };

export default async function EraseCustomerPage({ params }: { params: Promise<{ customerId: string }> }) {
  const actor = await requirePageActor("customer.erase");
  const preview = await previewErasure(actor, (await params).customerId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (preview.status === "erased") return <ErasedNotice pseudonym={preview.pseudonym} />;
  const { counts } = preview;
  return (
    <AdminPage
      role={actor.role}
      current="/admin/privacy"
      title="Erase customer"
      description="GDPR Art. 17. Every piece of personal data goes, in every table; what remains is a stub under a random pseudonym so counts and insights stay right."
    >
      <Card>
        <CardHeader>
          <CardTitle>{preview.name ?? UNNAMED_CUSTOMER}</CardTitle>
          <CardDescription>
            {counts.events} events, {counts.identities} identifiers, {counts.bookings} bookings,{" "}
            {counts.orders} orders and {counts.serviceCases} service cases. Names, identifiers, addresses,
            summaries, notes, payloads, references, stored API answers and the free text of audit entries are
            erased; the identifiers are kept only as keyed hashes so source systems cannot bring this person
            back.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <EraseCustomerForm customerId={preview.id} />
        </CardContent>
      </Card>
    </AdminPage>
  );
}
