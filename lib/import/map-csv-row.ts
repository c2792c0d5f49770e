import "server-only";
import { ValidationError } from "@/lib/errors";
import type { ImportKind } from "@/lib/validation/import";
import { COLUMNS_OF, IDENTIFIER_COLUMN_NAMES, type CsvColumn } from "./csv-columns";

// Flat CSV rows to the API's nested records, and the API's JSON paths back to CSV column names, so a
// rejected row names the column a person can fix in their spreadsheet.

/** "First Name", "first-name" and "first_name" are the same column. */
function normalizeHeader(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** The column of each header cell, in file order; a 400 naming every problem with the header. */
export function resolveHeader(kind: ImportKind, cells: string[]): CsvColumn[] {
  const known = COLUMNS_OF[kind];
  const names = cells.map(normalizeHeader);
  const unknown = names.filter((name) => !known.some((c) => c.name === name));
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  const missing = known.filter((c) => c.isRequired && !names.includes(c.name)).map((c) => c.name);
  const problems: string[] = [];
  if (unknown.length)
    problems.push(
      `unknown column${unknown.length > 1 ? "s" : ""} ${list(unknown)} (known: ${list(known.map((c) => c.name))})`,
    );
  if (repeated.length) problems.push(`column ${list([...new Set(repeated)])} appears more than once`);
  if (missing.length)
    problems.push(`missing required column${missing.length > 1 ? "s" : ""} ${list(missing)}`);
  if (!names.some((name) => IDENTIFIER_COLUMN_NAMES.includes(name)))
    problems.push(`add at least one identifier column: ${list(IDENTIFIER_COLUMN_NAMES)}`);
  if (problems.length) {
    throw new ValidationError(
      `The header row does not fit the ${kind} import: ${problems.join("; ")}.`,
      problems.map((message) => ({ path: "header", message })),
    );
  }
  return names.map((name) => known.find((c) => c.name === name)!);
}

function list(names: string[]): string {
  return names.slice(0, 30).join(", ");
}

/** The nested record for one row. Empty cells are left out, as if the source had not sent the field. */
export function rowToRecord(
  columns: readonly CsvColumn[],
  values: readonly string[],
): Record<string, unknown> {
  // Both record shapes require identifiers, so a row without any gets the API's "no usable identifier".
  const record: Record<string, unknown> = { identifiers: {} };
  columns.forEach((col, index) => {
    const value = values[index]?.trim();
    if (!value) return;
    const keys = col.target.split(".");
    let node = record;
    for (const key of keys.slice(0, -1)) {
      const child = node[key];
      node = (child ?? (node[key] = {})) as Record<string, unknown>;
    }
    node[keys.at(-1)!] = value;
  });
  return record;
}

export interface RowIssue {
  column: string;
  message: string;
}

const DETAIL_FIELDS = new Set(["booking", "order", "serviceCase", "consent", "fact"]);

/** zod's 'Invalid option: expected one of "web"|"app"' reads badly in a spreadsheet report. */
function readable(message: string): string {
  const options = /^Invalid option: expected one of (.+)$/.exec(message)?.[1];
  return options ? `must be one of ${options.replace(/"/g, "").split("|").join(", ")}` : message;
}

/** An API issue ("$.events[3].identifiers.email", "must be …") as the CSV column and a reason. */
export function issueToColumn(kind: ImportKind, path: string, apiMessage: string): RowIssue {
  const message = readable(apiMessage);
  const relative = path.replace(/^\$\.\w+\[\d+\]\.?/, "");
  const match = COLUMNS_OF[kind]
    .filter(
      (c) =>
        relative === c.target || relative.startsWith(`${c.target}.`) || relative.startsWith(`${c.target}[`),
    )
    .sort((a, b) => b.target.length - a.target.length)[0];
  if (match) return { column: match.name, message };
  if (relative === "identifiers") {
    const ignored = message.startsWith("no usable identifier");
    return {
      column: IDENTIFIER_COLUMN_NAMES.join(" / "),
      message: ignored
        ? `no usable identifier: fill at least one of ${list(IDENTIFIER_COLUMN_NAMES)}`
        : message,
    };
  }
  const field = relative.split(/[.[]/)[0] ?? "";
  if (DETAIL_FIELDS.has(field)) {
    return {
      column: "type",
      message: `${field} ${message}; the CSV import has no ${field} columns, send these events through the API`,
    };
  }
  return { column: relative || "(row)", message };
}

/** A row whose field count differs from the header's is refused before the API sees it. */
export function checkFieldCount(header: readonly CsvColumn[], values: readonly string[]): RowIssue | null {
  if (values.length === header.length) return null;
  return {
    column: "(row)",
    message: `has ${values.length} value${values.length === 1 ? "" : "s"} but the header has ${header.length} columns`,
  };
}
