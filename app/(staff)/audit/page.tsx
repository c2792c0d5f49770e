import { Download, ScrollText, ShieldCheck } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { sayError } from "@/lib/api/error-response";
import { listAuditEntries } from "@/lib/audit-log/list-audit-entries";
import { ValidationError } from "@/lib/errors";
import { requirePageActor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { hasRecentSecondFactor } from "@/lib/auth/second-factor-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function single(params: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("audit.view");
  const [t, locale] = await Promise.all([getTranslations("audit"), getLocale()]);
  const params = single(await searchParams);
  const result = await listAuditEntries(actor, params).catch((error: unknown) => {
    if (error instanceof ValidationError) return error;
    throw error;
  });
  const filters = Object.fromEntries(Object.entries(params).filter(([key]) => key !== "after"));
  const query = new URLSearchParams(filters).toString();
  const pageLink = "inline-flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline";
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={actor.role === "admin" ? t("descriptionAdmin") : t("descriptionManager")}
        actions={
          !can(actor.role, "audit.export") ? null : hasRecentSecondFactor(actor.secondFactor) ? (
            <Button asChild variant="secondary" className="min-h-11">
              <a href={`/api/audit/export${query ? `?${query}` : ""}`} download>
                <Download aria-hidden="true" /> {t("export")}
              </a>
            </Button>
          ) : (
            // An export is a step-up action: confirm the second factor, then come back to this view.
            <Button asChild variant="secondary" className="min-h-11 whitespace-normal">
              <Link
                href={`/account/security/verify?next=${encodeURIComponent(`/audit${query ? `?${query}` : ""}`)}`}
              >
                <ShieldCheck aria-hidden="true" /> {t("confirmToExport")}
              </Link>
            </Button>
          )
        }
      />
      <AdminNav role={actor.role} current="/audit" />
      <AuditFilters values={filters} />
      {result instanceof ValidationError ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {sayError(result, locale).message}
        </p>
      ) : result.entries.length === 0 ? (
        <Card>
          <EmptyState icon={ScrollText} title={t("empty.title")} description={t("empty.description")} />
        </Card>
      ) : (
        <>
          <Card>
            <AuditTable entries={result.entries} />
          </Card>
          <nav aria-label={t("pages.label")} className="flex justify-between gap-4">
            {params.after ? (
              <Link className={pageLink} href={`/audit${query ? `?${query}` : ""}`}>
                {t("pages.newest")}
              </Link>
            ) : (
              <span />
            )}
            {result.nextCursor ? (
              <Link
                className={pageLink}
                href={`/audit?${new URLSearchParams({ ...filters, after: result.nextCursor })}`}
              >
                {t("pages.older")}
              </Link>
            ) : null}
          </nav>
        </>
      )}
    </div>
  );
}
