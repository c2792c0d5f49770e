import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export interface ColumnDoc {
  name: string;
  isRequired: boolean;
  description: string;
}

export function CsvColumnsTable({ label, columns }: { label: string; columns: readonly ColumnDoc[] }) {
  return (
    <Table aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHead className="w-48">Column</TableHead>
          <TableHead>Meaning</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {columns.map((column) => (
          <TableRow key={column.name}>
            <TableCell className="font-mono text-xs whitespace-nowrap text-stone-900">
              {column.name} {column.isRequired ? <Badge tone="brand">required</Badge> : null}
            </TableCell>
            <TableCell className="text-xs">{column.description}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
