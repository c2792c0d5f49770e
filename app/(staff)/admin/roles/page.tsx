import { AdminCard, AdminPage } from "@/components/admin/admin-page";
import { RolePermissions } from "@/components/admin/role-permissions";
import { SecondFactorPolicyForm } from "@/components/admin/second-factor-policy-form";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format/dates";
import { getSecondFactorPolicy } from "@/lib/second-factor/second-factor-policy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.roles");
  return { title: t("title") };
}

export default async function RolesPage() {
  const actor = await requirePageActor("users.manage");
  const [policy, t, locale] = await Promise.all([
    getSecondFactorPolicy(),
    getTranslations("admin.roles"),
    getLocale(),
  ]);
  const saved =
    policy.version && policy.createdAt
      ? {
          version: policy.version,
          date: formatDateTime(policy.createdAt, locale),
          name: policy.createdByEmail ?? t("removedUser"),
        }
      : null;
  return (
    <AdminPage role={actor.role} current="/admin/roles" title={t("title")} description={t("description")}>
      <RolePermissions />
      <AdminCard
        title={t("secondFactorTitle")}
        description={
          !saved
            ? t("secondFactorDefault")
            : policy.note
              ? t("secondFactorSavedWithNote", { ...saved, note: policy.note })
              : t("secondFactorSaved", saved)
        }
      >
        <SecondFactorPolicyForm requiredRoles={policy.requiredRoles} />
      </AdminCard>
    </AdminPage>
  );
}
