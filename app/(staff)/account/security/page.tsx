import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AdminCard } from "@/components/admin/admin-page";
import { PasskeySection } from "@/components/second-factor/passkey-section";
import { RecoveryCodesSection } from "@/components/second-factor/recovery-codes-section";
import { TotpSection } from "@/components/second-factor/totp-section";
import { PageHeader } from "@/components/shell/page-header";
import { requirePageActor } from "@/lib/auth/guards";
import { isSecondFactorPending } from "@/lib/auth/second-factor-state";
import { formatDateTime } from "@/lib/format/dates";
import { getEnrolledFactors } from "@/lib/second-factor/get-enrolled-factors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("secondFactor.security");
  return { title: t("metaTitle") };
}

export default async function SecurityPage() {
  const actor = await requirePageActor(undefined, { allowPendingSecondFactor: true });
  const isPending = isSecondFactorPending(actor.secondFactor);
  // Enrolled but not yet confirmed this session: confirm first, then factors may be changed.
  if (isPending && actor.secondFactor.isEnrolled) redirect("/account/security/verify?next=/account/security");
  const [t, locale, factors] = await Promise.all([
    getTranslations("secondFactor"),
    getLocale(),
    getEnrolledFactors(actor),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader
        title={t("security.title")}
        description={isPending ? t("security.introPending") : t("security.intro")}
      />
      {isPending ? (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("security.pendingNotice")}
        </p>
      ) : null}
      <AdminCard title={t("passkeys.title")} description={t("passkeys.description")}>
        <PasskeySection
          passkeys={factors.passkeys.map((key) => ({
            id: key.id,
            name: key.name,
            createdAt: formatDateTime(key.createdAt, locale),
            lastUsedAt: key.lastUsedAt ? formatDateTime(key.lastUsedAt, locale) : null,
          }))}
        />
      </AdminCard>
      <AdminCard title={t("totp.title")} description={t("totp.description")}>
        <TotpSection since={factors.totpSince ? formatDateTime(factors.totpSince, locale) : null} />
      </AdminCard>
      {actor.secondFactor.isEnrolled ? (
        <AdminCard title={t("recovery.title")} description={t("recovery.description")}>
          <RecoveryCodesSection left={factors.recoveryCodesLeft} />
        </AdminCard>
      ) : null}
    </div>
  );
}
