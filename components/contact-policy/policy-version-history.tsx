import { History } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { PolicyVersionSummary } from "@/lib/contact-policy/list-policy-versions";
import { formatDateTime } from "@/lib/format/dates";

export function PolicyVersionHistory({
  versions,
  totalVersions,
}: {
  versions: PolicyVersionSummary[];
  totalVersions: number;
}) {
  if (versions.length === 0) {
    return (
      <EmptyState
        icon={History}
        as="h3"
        title="No versions yet"
        description="The built-in defaults are in force. Saving the form above creates version 1."
      />
    );
  }
  return (
    <Table aria-label="Policy versions">
      <TableHeader>
        <TableRow>
          <TableHead className="w-20">Version</TableHead>
          <TableHead className="w-56">Saved</TableHead>
          <TableHead>What changed</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {versions.map((version, index) => (
          <TableRow key={version.version} className="align-top">
            <TableCell className="font-medium">
              v{version.version}
              {index === 0 ? (
                <span className="block text-xs font-normal text-brand-700">in force</span>
              ) : null}
            </TableCell>
            <TableCell className="text-xs text-stone-600">
              <div>{formatDateTime(version.createdAt)}</div>
              <div>by {version.createdByName ?? "a removed account"}</div>
            </TableCell>
            <TableCell>
              {version.note ? <p className="mb-1 text-sm text-stone-900">“{version.note}”</p> : null}
              {version.changes.length === 0 ? (
                <p className="text-xs text-stone-500">Same settings as before.</p>
              ) : (
                <ul className="list-disc space-y-0.5 pl-4 text-xs text-stone-700">
                  {version.changes.map((change) => (
                    <li key={change}>{change}</li>
                  ))}
                </ul>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
      {totalVersions > versions.length ? (
        <caption className="caption-bottom px-5 py-3 text-left text-xs text-stone-500">
          The latest {versions.length} of {totalVersions} versions; every version stays in the audit log.
        </caption>
      ) : null}
    </Table>
  );
}
