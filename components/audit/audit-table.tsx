import { CustomerLink } from "@/components/customers/customer-link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format/dates";

interface Entry {
  id: string;
  occurredAt: Date;
  action: string;
  actorEmail: string | null;
  customerId: string | null;
  /** Named when the actor may see the customer; initials for roles without personal-data access. */
  customer: { id: string; name: string } | null;
  ip: string | null;
  reason: string | null;
}

export function AuditTable({ entries }: { entries: Entry[] }) {
  return (
    <Table aria-label="Audit entries">
      <TableHeader>
        <TableRow>
          <TableHead>When</TableHead>
          <TableHead>Who</TableHead>
          <TableHead>Action</TableHead>
          <TableHead>Customer</TableHead>
          <TableHead>IP</TableHead>
          <TableHead>Note</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id}>
            <TableCell className="whitespace-nowrap text-xs">{formatDateTime(entry.occurredAt)}</TableCell>
            <TableCell className="text-xs">{entry.actorEmail ?? "—"}</TableCell>
            <TableCell className="font-mono text-xs">{entry.action}</TableCell>
            <TableCell className="text-xs">
              {entry.customer ? (
                <CustomerLink
                  className="text-brand-700 underline-offset-2 hover:underline"
                  customerId={entry.customer.id}
                >
                  {entry.customer.name}
                </CustomerLink>
              ) : entry.customerId ? (
                // Erased, merged away or outside the actor's locations: no name to show.
                <span className="font-mono text-stone-500" title={entry.customerId}>
                  {entry.customerId.slice(0, 8)}…
                </span>
              ) : (
                "—"
              )}
            </TableCell>
            <TableCell className="text-xs">{entry.ip ?? "—"}</TableCell>
            <TableCell className="max-w-64 truncate text-xs">{entry.reason ?? ""}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
