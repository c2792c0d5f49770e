import { AdminCard, AdminPage } from "@/components/admin/admin-page";
import type { Metadata } from "next";
import { ContactPolicyForm } from "@/components/contact-policy/contact-policy-form";
import { PolicyStatus } from "@/components/contact-policy/policy-status";
import { PolicyVersionHistory } from "@/components/contact-policy/policy-version-history";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageActor } from "@/lib/auth/guards";
import { listPolicyVersions } from "@/lib/contact-policy/list-policy-versions";

export const metadata: Metadata = { title: "Contact policy" };

export default async function ContactPolicyPage() {
  const actor = await requirePageActor("policy.manage");
  const overview = await listPolicyVersions(actor);
  return (
    <AdminPage
      role={actor.role}
      current="/admin/contact-policy"
      title="Contact policy"
      description="How often and when we may contact customers. Staff, the boards and marketing tools follow it from the moment you save."
    >
      <PolicyStatus current={overview.current} />
      <AdminCard title="Settings" description={<>Saving keeps the current version and adds a new one.</>}>
        <ContactPolicyForm settings={overview.settings} />
      </AdminCard>
      <Card>
        <CardHeader>
          <CardTitle>Version history</CardTitle>
        </CardHeader>
        <PolicyVersionHistory versions={overview.versions} totalVersions={overview.totalVersions} />
      </Card>
    </AdminPage>
  );
}
