import { AdminCard, AdminPage } from "@/components/admin/admin-page";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContactPolicyForm } from "@/components/contact-policy/contact-policy-form";
import { PolicyStatus } from "@/components/contact-policy/policy-status";
import { PolicyVersionHistory } from "@/components/contact-policy/policy-version-history";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageActor } from "@/lib/auth/guards";
import { listPolicyVersions } from "@/lib/contact-policy/list-policy-versions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("contactPolicy");
  return { title: t("title") };
}

export default async function ContactPolicyPage() {
  const actor = await requirePageActor("policy.manage");
  const [overview, t] = await Promise.all([listPolicyVersions(actor), getTranslations("contactPolicy")]);
  return (
    <AdminPage
      role={actor.role}
      current="/admin/contact-policy"
      title={t("title")}
      description={t("description")}
    >
      <PolicyStatus current={overview.current} />
      <AdminCard title={t("settingsTitle")} description={t("settingsDescription")}>
        <ContactPolicyForm settings={overview.settings} />
      </AdminCard>
      <Card>
        <CardHeader>
          <CardTitle>{t("history.title")}</CardTitle>
        </CardHeader>
        <PolicyVersionHistory versions={overview.versions} totalVersions={overview.totalVersions} />
      </Card>
    </AdminPage>
  );
}
