import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AdminPage } from "@/components/admin/admin-page";
import { EraseCustomerForm } from "@/components/privacy/erase-customer-form";
import { ErasedNotice } from "@/components/privacy/erased-notice";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { NotFoundError } from "@/lib/errors";
import { requirePageActor } from "@/lib/auth/guards";
import { previewErasure } from "@/lib/privacy/erase-by-staff";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.erase");
  return { title: t("title") };
}

export default async function EraseCustomerPage({ params }: { params: Promise<{ customerId: string }> }) {
  const actor = await requirePageActor("customer.erase");
  const preview = await previewErasure(actor, (await params).customerId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (preview.status === "erased") return <ErasedNotice pseudonym={preview.pseudonym} />;
  const t = await getTranslations();
  const { counts } = preview;
  return (
    <AdminPage
      role={actor.role}
      current="/admin/privacy"
      title={t("privacy.erase.title")}
      description={t("privacy.erase.description")}
    >
      <Card>
        <CardHeader>
          <CardTitle className="break-words">{preview.name ?? t("admin.unnamedCustomer")}</CardTitle>
          <CardDescription>
            {t("privacy.erase.what", {
              events: counts.events,
              identities: counts.identities,
              bookings: counts.bookings,
              orders: counts.orders,
              cases: counts.serviceCases,
            })}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <EraseCustomerForm customerId={preview.id} />
        </CardContent>
      </Card>
    </AdminPage>
  );
}
