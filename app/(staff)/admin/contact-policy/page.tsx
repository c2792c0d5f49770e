import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { ContactPolicyForm } from "@/components/contact-policy/contact-policy-form";
import { PolicyStatus } from "@/components/contact-policy/policy-status";
import { PolicyVersionHistory } from "@/components/contact-policy/policy-version-history";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageActor } from "@/lib/auth/guards";
import { listPolicyVersions } from "@/lib/contact-policy/list-policy-versions";

export const metadata: Metadata = { title: "Contact policy" };

export default async function ContactPolicyPage() {
  const actor = await requirePageActor("policy.manage");
  const overview = await listPolicyVersions(actor);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Contact policy"
        description="How often and when we may contact customers. Staff, the boards and marketing tools follow it from the moment you save."
      />
      <AdminNav role={actor.role} current="/admin/contact-policy" />
      <PolicyStatus current={overview.current} />
      <Card>
        <CardHeader>
          <CardTitle>Settings</CardTitle>
          <CardDescription>Saving keeps the current version and adds a new one.</CardDescription>
        </CardHeader>
        <CardContent>
          <ContactPolicyForm settings={overview.settings} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Version history</CardTitle>
        </CardHeader>
        <PolicyVersionHistory versions={overview.versions} totalVersions={overview.totalVersions} />
      </Card>
    </div>
  );
}
