import { ShieldCheck } from "lucide-react";
import type { PolicyVersionSummary } from "@/lib/contact-policy/list-policy-versions";
import { formatDateTime } from "@/lib/format/dates";

/** Which policy is in force right now: a saved version, or the built-in defaults. */
export function PolicyStatus({ current }: { current: PolicyVersionSummary | null }) {
  return (
    <div
      role="status"
      className="flex items-start gap-3 rounded-lg border border-stone-200 bg-stone-50 px-4 py-3 text-sm"
    >
      <ShieldCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-brand-700" />
      {current ? (
        <p>
          <span className="font-semibold text-stone-900">Version {current.version} is in force</span>
          <span className="text-stone-600">
            {" "}
            since {formatDateTime(current.createdAt)}, saved by {current.createdByName ?? "a removed account"}
            .
          </span>
        </p>
      ) : (
        <p>
          <span className="font-semibold text-stone-900">Defaults in force.</span>
          <span className="text-stone-600">
            {" "}
            No version has been saved yet, so the built-in policy applies: the values shown below.
          </span>
        </p>
      )}
    </div>
  );
}
