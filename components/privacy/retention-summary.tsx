import { formatDateTime } from "@/lib/format/dates";
import type { PrivacyOverview } from "@/lib/privacy-admin/get-privacy-overview";
import { RETENTION_FIELDS } from "./privacy-copy";

export function RetentionSummary({ retention, lastRun }: Pick<PrivacyOverview, "retention" | "lastRun">) {
  return (
    <div className="space-y-2 text-sm">
      <p>
        {retention.version === 0
          ? "In force: the defaults (no version saved yet)."
          : `In force: version ${retention.version}, saved ${retention.createdAt ? formatDateTime(retention.createdAt) : ""} by ${retention.createdByName ?? "a former admin"}${retention.note ? ` (“${retention.note}”)` : ""}.`}
      </p>
      <dl aria-label="Retention in force" className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {RETENTION_FIELDS.map((field) => (
          <div key={field.name} className="flex justify-between gap-2 border-b border-stone-100 py-1">
            <dt className="text-stone-600">{field.label}</dt>
            <dd className="font-medium">{retention[field.name].toLocaleString("en")} days</dd>
          </div>
        ))}
      </dl>
      <p className="text-stone-600">
        {lastRun
          ? `Last run ${formatDateTime(lastRun.finishedAt)}: ${lastRun.counts?.events ?? 0} events and ${lastRun.counts?.auditEntries ?? 0} audit entries deleted, ${lastRun.counts?.customers ?? 0} inactive customers anonymised.`
          : "The retention job has not run yet."}
      </p>
    </div>
  );
}
