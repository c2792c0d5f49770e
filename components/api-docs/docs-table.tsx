import type { ReactNode } from "react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/components/ui/cn";

export interface DocsColumn {
  header: string;
  /** Field names and types: monospace. */
  isCode?: boolean;
}

/**
 * A reference table that never makes the page scroll sideways: a table from desktop width, and on a
 * phone one block per row with each cell under its column's name.
 */
export function DocsTable({
  label,
  columns,
  rows,
}: {
  label: string;
  columns: DocsColumn[];
  rows: { key: string; cells: ReactNode[] }[];
}) {
  return (
    <>
      <div className="hidden lg:block">
        <Table aria-label={label}>
          <TableHeader>
            <TableRow>
              {columns.map((column) => (
                <TableHead key={column.header}>{column.header}</TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key} className="align-top">
                {row.cells.map((cell, index) => (
                  <TableCell
                    key={columns[index]?.header ?? index}
                    className={cn("break-words", columns[index]?.isCode ? "font-mono text-xs" : "text-sm")}
                  >
                    {cell}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <ul aria-label={label} className="divide-y divide-stone-100 border-y border-stone-100 lg:hidden">
        {rows.map((row) => (
          <li key={row.key} className="space-y-1 py-2">
            {row.cells.map((cell, index) => (
              <div key={columns[index]?.header ?? index} className="text-sm">
                {index === 0 ? null : (
                  <span className="block text-xs font-medium text-stone-600">{columns[index]?.header}</span>
                )}
                <span
                  className={cn(
                    "block break-words",
                    index === 0 && "font-semibold text-stone-900",
                    columns[index]?.isCode && "font-mono text-xs",
                  )}
                >
                  {cell}
                </span>
              </div>
            ))}
          </li>
        ))}
      </ul>
    </>
  );
}
