import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Security" };

export default async function SecurityPage() {
  const actor = await requirePageActor(undefined, { allowPendingSecondFactor: true });
  const isPending = isSecondFactorPending(actor.secondFactor);
  // Enrolled but not yet confirmed this session: confirm first, then factors may be changed.
  if (isPending && actor.secondFactor.isEnrolled) redirect("/account/security/verify?next=/account/security");
  const factors = await getEnrolledFactors(actor);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader
        title="Security"
        description={
          isPending
            ? "Your role requires a second factor. Add a passkey or an authenticator app to continue."
            : "Your second factor: asked after your password, and again before sensitive actions."
        }
      />
      {isPending ? (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Set up a second factor before you continue: nothing else opens until it is done.
        </p>
      ) : null}
      <AdminCard title="Passkeys" description="A fingerprint, face or PIN on this device, or a security key.">
        <PasskeySection
          passkeys={factors.passkeys.map((key) => ({
            id: key.id,
            name: key.name,
            createdAt: formatDateTime(key.createdAt),
            lastUsedAt: key.lastUsedAt ? formatDateTime(key.lastUsedAt) : null,
          }))}
        />
      </AdminCard>
      <AdminCard
        title="Authenticator app"
        description="Six-digit codes from an app such as Microsoft or Google Authenticator."
      >
        <TotpSection since={factors.totpSince ? formatDateTime(factors.totpSince) : null} />
      </AdminCard>
      {actor.secondFactor.isEnrolled ? (
        <AdminCard title="Recovery codes" description="For when your phone or key is lost.">
          <RecoveryCodesSection left={factors.recoveryCodesLeft} />
        </AdminCard>
      ) : null}
    </div>
  );
}
