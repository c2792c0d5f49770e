import { AdminCard, AdminPage } from "@/components/admin/admin-page";
import type { Metadata } from "next";
import { CsvColumnsTable } from "@/components/import/csv-columns-table";
import { CsvImportForm } from "@/components/import/csv-import-form";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageActor } from "@/lib/auth/guards";
import { CUSTOMER_COLUMNS, EVENT_COLUMNS, IDENTIFIER_COLUMN_NAMES } from "@/lib/import/csv-columns";

export const metadata: Metadata = { title: "CSV import" };

export default async function ImportPage() {
  const actor = await requirePageActor("imports.run");
  return (
    <AdminPage
      role={actor.role}
      current="/admin/import"
      title="CSV import"
      description="Load customers or journey events from a spreadsheet export, checked exactly like the API checks them."
    >
      <AdminCard
        title="Import a file"
        description={
          <>
            UTF-8 CSV with a header row; commas or semicolons. Rows are counted as in a spreadsheet, the
            header being row 1.
          </>
        }
      >
        <CsvImportForm />
      </AdminCard>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Columns for journey events</CardTitle>
            <CardDescription>
              At least one of {IDENTIFIER_COLUMN_NAMES.join(", ")}. Other columns are refused, so a typo
              cannot go unnoticed.
            </CardDescription>
          </CardHeader>
          <CsvColumnsTable label="Columns for journey events" columns={EVENT_COLUMNS} />
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Columns for customers</CardTitle>
            <CardDescription>
              At least one identifier column. Filled cells overwrite what is stored; empty cells leave it
              alone.
            </CardDescription>
          </CardHeader>
          <CsvColumnsTable label="Columns for customers" columns={CUSTOMER_COLUMNS} />
        </Card>
      </div>
    </AdminPage>
  );
}
