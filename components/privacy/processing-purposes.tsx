import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PROCESSING_PURPOSES } from "./privacy-copy";

export function ProcessingPurposes() {
  return (
    <Table aria-label="Processing purposes">
      <TableHeader>
        <TableRow>
          <TableHead>Purpose</TableHead>
          <TableHead>Legal basis</TableHead>
          <TableHead>Data</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {PROCESSING_PURPOSES.map((row) => (
          <TableRow key={row.purpose}>
            <TableCell className="font-medium">{row.purpose}</TableCell>
            <TableCell className="text-sm">{row.basis}</TableCell>
            <TableCell className="text-sm">{row.data}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
