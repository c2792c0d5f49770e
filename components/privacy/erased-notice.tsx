import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";

export function ErasedNotice({ pseudonym }: { pseudonym: string }) {
  return (
    <div className="space-y-6">
      <PageHeader title="Customer erased" />
      <div role="status" className="space-y-2 rounded-md bg-brand-50 px-4 py-3 text-sm text-brand-800">
        <p>
          Erased. The customer now exists only as <strong>{pseudonym}</strong>; their identifiers are
          suppressed.
        </p>
        <Link className="font-medium underline" href="/admin/privacy">
          Back to the privacy overview
        </Link>
      </div>
    </div>
  );
}
