import { ShieldCheck } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format/dates";
import type { PrivacyOverview } from "@/lib/privacy-admin/get-privacy-overview";
import { ERASURE_ORIGIN_LABELS } from "./privacy-copy";

export function ErasureTable({ erasures }: { erasures: PrivacyOverview["erasures"] }) {
  if (erasures.length === 0) return <EmptyState icon={ShieldCheck} as="h3" title="No erasures yet" />;
  return (
    <Table aria-label="Erasures done">
      <TableHeader>
        <TableRow>
          <TableHead>Pseudonym</TableHead>
          <TableHead>When</TableHead>
          <TableHead>Who</TableHead>
          <TableHead>Reason</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {erasures.map((erasure) => (
          <TableRow key={erasure.id}>
            <TableCell className="font-mono text-xs">{erasure.pseudonym}</TableCell>
            <TableCell>
              {formatDateTime(erasure.erasedAt)}
              <div className="text-xs text-stone-500">{erasure.durationMs} ms</div>
            </TableCell>
            <TableCell>
              {erasure.erasedBy}
              <div className="text-xs text-stone-500">
                {ERASURE_ORIGIN_LABELS[erasure.origin] ?? erasure.origin}
              </div>
            </TableCell>
            <TableCell className="text-sm">{erasure.reason}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
