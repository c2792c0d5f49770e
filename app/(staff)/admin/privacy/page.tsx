import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminPage } from "@/components/admin/admin-page";
import { ErasureTable } from "@/components/privacy/erasure-table";
import { LogRequestForm } from "@/components/privacy/log-request-form";
import { ProcessingPurposes } from "@/components/privacy/processing-purposes";
import { RequestTable } from "@/components/privacy/request-table";
import { RetentionPolicyForm } from "@/components/privacy/retention-policy-form";
import { RetentionSummary } from "@/components/privacy/retention-summary";
import { SuppressionTable } from "@/components/privacy/suppression-table";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageActor } from "@/lib/auth/guards";
import { getPrivacyOverview } from "@/lib/privacy-admin/get-privacy-overview";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("title") };
}

export default async function PrivacyPage() {
  const actor = await requirePageActor("privacy.manage");
  const [overview, t] = await Promise.all([getPrivacyOverview(actor), getTranslations("privacy")]);
  return (
    <AdminPage role={actor.role} current="/admin/privacy" title={t("title")} description={t("description")}>
      <Card>
        <CardHeader>
          <CardTitle>{t("requests.title")}</CardTitle>
        </CardHeader>
        <RequestTable requests={overview.openRequests} />
        <CardContent className="border-t border-stone-100 pt-4">
          {/* The server checks "not in the future" by the UTC day; the default follows it. */}
          <LogRequestForm today={new Date().toISOString().slice(0, 10)} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("erasures.title")}</CardTitle>
          <CardDescription>{t("erasures.description")}</CardDescription>
        </CardHeader>
        <ErasureTable erasures={overview.erasures} />
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("retention.title")}</CardTitle>
          <CardDescription>
            {t.rich("retention.description", { code: (chunks) => <code>{chunks}</code> })}
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-6">
          <RetentionSummary retention={overview.retention} lastRun={overview.lastRun} />
          <RetentionPolicyForm settings={overview.retention} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("suppressions.title")}</CardTitle>
          <CardDescription>{t("suppressions.description")}</CardDescription>
        </CardHeader>
        <SuppressionTable suppressions={overview.suppressions} />
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("purposes.title")}</CardTitle>
        </CardHeader>
        <ProcessingPurposes />
      </Card>
    </AdminPage>
  );
}
