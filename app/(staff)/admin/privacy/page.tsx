import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Privacy" };

export default async function PrivacyPage() {
  const actor = await requirePageActor("privacy.manage");
  const overview = await getPrivacyOverview(actor);
  return (
    <AdminPage
      role={actor.role}
      current="/admin/privacy"
      title="Privacy"
      description="What we process and why, how long we keep it, data-subject requests and their deadlines (one month, GDPR Art. 12(3)), and the erasures done."
    >
      <Card>
        <CardHeader>
          <CardTitle>Open requests</CardTitle>
        </CardHeader>
        <RequestTable requests={overview.openRequests} />
        <CardContent className="border-t border-stone-100 pt-4">
          <LogRequestForm today={new Date().toISOString().slice(0, 10)} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Erasures done</CardTitle>
          <CardDescription>
            Erase a customer from their profile (“Erase…”). Each erasure leaves only a pseudonymous stub.
          </CardDescription>
        </CardHeader>
        <ErasureTable erasures={overview.erasures} />
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Retention</CardTitle>
          <CardDescription>
            Applied once a day by the app, in small batches;{" "}
            <code>npm run privacy:retention -- --dry-run</code> prints what it would touch.
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-6">
          <RetentionSummary retention={overview.retention} lastRun={overview.lastRun} />
          <RetentionPolicyForm settings={overview.retention} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Suppressed identifiers</CardTitle>
          <CardDescription>
            Identifiers of erased customers, kept only as keyed hashes: events carrying them are dropped and
            reported as suppressed.
          </CardDescription>
        </CardHeader>
        <SuppressionTable suppressions={overview.suppressions} />
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Processing purposes</CardTitle>
        </CardHeader>
        <ProcessingPurposes />
      </Card>
    </AdminPage>
  );
}
