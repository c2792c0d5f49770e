import { Ban } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate } from "@/lib/format/dates";
import type { PrivacyOverview } from "@/lib/privacy-admin/get-privacy-overview";
import { LiftSuppressionForm } from "./lift-suppression-form";

export function SuppressionTable({ suppressions }: { suppressions: PrivacyOverview["suppressions"] }) {
  if (suppressions.length === 0) return <EmptyState icon={Ban} as="h3" title="No suppressed identifiers" />;
  return (
    <Table aria-label="Suppressed identifiers">
      <TableHeader>
        <TableRow>
          <TableHead>Identifier</TableHead>
          <TableHead>Since</TableHead>
          <TableHead>Lift (with a reason)</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {suppressions.map((suppression) => {
          const label = `${suppression.type.replace(/_/g, " ")} of ${suppression.pseudonym ?? "an erased customer"}`;
          return (
            <TableRow key={suppression.id}>
              <TableCell>{label}</TableCell>
              <TableCell>{formatDate(suppression.since)}</TableCell>
              <TableCell>
                <LiftSuppressionForm suppressionId={suppression.id} label={label} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
