import Link from "next/link";
import { can, type Role } from "@/lib/auth/permissions";

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
  const canExport = can(role, "customer.export");
  const canErase = can(role, "customer.erase");
  if (!canExport && !canErase) return null;
  return (
    <nav aria-label="Customer data (GDPR)" className="flex flex-wrap gap-4 text-sm">
      {canExport && !hasRecentSecondFactor ? (
        <Link
          prefetch={false}
          className="text-brand-700 hover:underline"
          href={`/account/security/verify?next=${encodeURIComponent(`/customers/${customerId}`)}`}
        >
          Confirm it&apos;s you to export data
        </Link>
      ) : canExport ? (
        <>
          <a
            className="text-brand-700 hover:underline"
            href={`/api/customers/${customerId}/export?format=html`}
          >
            Export data (readable page)
          </a>
          <a
            className="text-brand-700 hover:underline"
            href={`/api/customers/${customerId}/export?format=json`}
          >
            Export data (JSON)
          </a>
        </>
      ) : null}
      {canErase ? (
        <Link
          prefetch={false}
          className="font-medium text-red-700 hover:underline"
          href={`/admin/privacy/erase/${customerId}`}
        >
          Erase customer…
        </Link>
      ) : null}
    </nav>
  );
}
