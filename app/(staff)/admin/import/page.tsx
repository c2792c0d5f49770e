import { AdminCard, AdminPage } from "@/components/admin/admin-page";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CsvColumnsTable } from "@/components/import/csv-columns-table";
import { CsvImportForm } from "@/components/import/csv-import-form";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageActor } from "@/lib/auth/guards";
import { CUSTOMER_COLUMNS, EVENT_COLUMNS, IDENTIFIER_COLUMN_NAMES } from "@/lib/import/csv-columns";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("csvImport");
  return { title: t("title") };
}

const docs = (columns: typeof EVENT_COLUMNS) => columns.map(({ name, isRequired }) => ({ name, isRequired }));

export default async function ImportPage() {
  const actor = await requirePageActor("imports.run");
  const t = await getTranslations("csvImport");
  return (
    <AdminPage role={actor.role} current="/admin/import" title={t("title")} description={t("description")}>
      <AdminCard title={t("importTitle")} description={t("importDescription")}>
        <CsvImportForm />
      </AdminCard>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{t("eventColumns")}</CardTitle>
            <CardDescription>
              {t("eventColumnsDescription", { identifiers: IDENTIFIER_COLUMN_NAMES.join(", ") })}
            </CardDescription>
          </CardHeader>
          <CsvColumnsTable columns={docs(EVENT_COLUMNS)} />
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("customerColumns")}</CardTitle>
            <CardDescription>{t("customerColumnsDescription")}</CardDescription>
          </CardHeader>
          <CsvColumnsTable columns={docs(CUSTOMER_COLUMNS)} />
        </Card>
      </div>
    </AdminPage>
  );
}
