import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { can, type Role } from "@/lib/auth/permissions";

const linkClass = "inline-flex min-h-11 items-center text-brand-700 underline-offset-4 hover:underline";

// Plain anchors for the exports (files, and no prefetch may ever fetch them) and a non-prefetching
// link to the erasure page, which asks for a reason and a confirmation.
export function ProfilePrivacyLinks({
  role,
  customerId,
  hasRecentSecondFactor,
}: {
  role: Role;
  customerId: string;
  /** Exports are step-up actions: without a recent second factor, confirm it first and come back. */
  hasRecentSecondFactor: boolean;
}) {
  const t = useTranslations("card.privacy");
  const canExport = can(role, "customer.export");
  const canErase = can(role, "customer.erase");
  if (!canExport && !canErase) return null;
  return (
    <nav aria-label={t("label")} className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
      {canExport && !hasRecentSecondFactor ? (
        <Link
          prefetch={false}
          className={linkClass}
          href={`/account/security/verify?next=${encodeURIComponent(`/customers/${customerId}`)}`}
        >
          {t("confirmToExport")}
        </Link>
      ) : canExport ? (
        <>
          <a className={linkClass} href={`/api/customers/${customerId}/export?format=html`}>
            {t("exportHtml")}
          </a>
          <a className={linkClass} href={`/api/customers/${customerId}/export?format=json`}>
            {t("exportJson")}
          </a>
        </>
      ) : null}
      {canErase ? (
        <Link
          prefetch={false}
          className={cn(linkClass, "font-medium text-red-700")}
          href={`/admin/privacy/erase/${customerId}`}
        >
          {t("erase")}
        </Link>
      ) : null}
    </nav>
  );
}
