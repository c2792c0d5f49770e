import { Download, ScrollText, ShieldCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { listAuditEntries } from "@/lib/audit-log/list-audit-entries";
import { ValidationError } from "@/lib/errors";
import { requirePageActor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { hasRecentSecondFactor } from "@/lib/auth/second-factor-state";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function single(params: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("audit.view");
  const params = single(await searchParams);
  const result = await listAuditEntries(actor, params).catch((error: unknown) => {
    if (error instanceof ValidationError) return error;
    throw error;
  });
  const filters = Object.fromEntries(Object.entries(params).filter(([key]) => key !== "after"));
  const query = new URLSearchParams(filters).toString();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Audit log"
        description={
          actor.role === "admin"
            ? "Every sign-in, profile view, search, export and change."
            : "Activity of staff at your locations."
        }
        actions={
          !can(actor.role, "audit.export") ? null : hasRecentSecondFactor(actor.secondFactor) ? (
            <Button asChild variant="secondary">
              <a href={`/api/audit/export${query ? `?${query}` : ""}`} download>
                <Download aria-hidden="true" /> Export CSV
              </a>
            </Button>
          ) : (
            // An export is a step-up action: confirm the second factor, then come back to this view.
            <Button asChild variant="secondary">
              <Link
                href={`/account/security/verify?next=${encodeURIComponent(`/audit${query ? `?${query}` : ""}`)}`}
              >
                <ShieldCheck aria-hidden="true" /> Confirm it&apos;s you to export
              </Link>
            </Button>
          )
        }
      />
      <AdminNav role={actor.role} current="/audit" />
      <AuditFilters values={filters} />
      {result instanceof ValidationError ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {result.message}
        </p>
      ) : result.entries.length === 0 ? (
        <Card>
          <EmptyState
            icon={ScrollText}
            title="No entries match"
            description="Try a wider date range or fewer filters."
          />
        </Card>
      ) : (
        <>
          <Card>
            <AuditTable entries={result.entries} />
          </Card>
          <nav aria-label="Pages" className="flex justify-between">
            {params.after ? (
              <Link className="text-sm font-medium text-brand-700" href={`/audit${query ? `?${query}` : ""}`}>
                Newest entries
              </Link>
            ) : (
              <span />
            )}
            {result.nextCursor ? (
              <Link
                className="text-sm font-medium text-brand-700"
                href={`/audit?${new URLSearchParams({ ...filters, after: result.nextCursor })}`}
              >
                Older entries
              </Link>
            ) : null}
          </nav>
        </>
      )}
    </div>
  );
}
