import "server-only";
import { ValidationError, type MessageRef } from "@/lib/errors";
import { messageRef } from "@/lib/i18n/message-ref";
import { english } from "@/lib/i18n/translator";
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
  const problems: MessageRef[] = [];
  if (unknown.length) {
    const key = unknown.length > 1 ? "errors.import.unknownColumns" : "errors.import.unknownColumn";
    problems.push(messageRef(key, { columns: list(unknown), known: list(known.map((c) => c.name)) }));
  }
  if (repeated.length) {
    problems.push(messageRef("errors.import.repeatedColumns", { columns: list([...new Set(repeated)]) }));
  }
  if (missing.length) {
    const key = missing.length > 1 ? "errors.import.missingColumns" : "errors.import.missingColumn";
    problems.push(messageRef(key, { columns: list(missing) }));
  }
  if (!names.some((name) => IDENTIFIER_COLUMN_NAMES.includes(name))) {
    problems.push(
      messageRef("errors.import.addIdentifierColumn", { columns: list(IDENTIFIER_COLUMN_NAMES) }),
    );
  }
  if (problems.length) {
    const header = messageRef(
      kind === "events" ? "errors.import.headerEvents" : "errors.import.headerCustomers",
      { problems },
    );
    throw new ValidationError(
      english(header),
      problems.map((ref) => ({ path: "header", message: english(ref), ref })),
      header,
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
  /** English: the import's own sentence, or the API's reason for refusing the row. */
  message: string;
  /** The same sentence as a reference, said in the uploader's language. */
  ref?: MessageRef;
}

const DETAIL_FIELDS = new Set(["booking", "order", "serviceCase", "consent", "fact"]);

/** zod's 'Invalid option: expected one of "web"|"app"' reads badly in a spreadsheet report. */
function readable(message: string): string {
  const options = /^Invalid option: expected one of (.+)$/.exec(message)?.[1];
  return options ? `must be one of ${options.replace(/"/g, "").split("|").join(", ")}` : message;
}

/** An API issue ("$.events[3].identifiers.email", "must be …") as the CSV column and a reason. */
export function issueToColumn(
  kind: ImportKind,
  path: string,
  apiMessage: string,
  apiRef?: MessageRef,
): RowIssue {
  const message = readable(apiMessage);
  const relative = path.replace(/^\$\.\w+\[\d+\]\.?/, "");
  const match = COLUMNS_OF[kind]
    .filter(
      (c) =>
        relative === c.target || relative.startsWith(`${c.target}.`) || relative.startsWith(`${c.target}[`),
    )
    .sort((a, b) => b.target.length - a.target.length)[0];
  if (match) return { column: match.name, message, ref: apiRef };
  if (relative === "identifiers") {
    const column = IDENTIFIER_COLUMN_NAMES.join(" / ");
    if (!message.startsWith("no usable identifier")) return { column, message, ref: apiRef };
    const ref = messageRef("errors.import.noUsableIdentifier", { columns: list(IDENTIFIER_COLUMN_NAMES) });
    return { column, message: english(ref), ref };
  }
  const field = relative.split(/[.[]/)[0] ?? "";
  if (DETAIL_FIELDS.has(field)) {
    const ref = messageRef("errors.import.detailField", { field, problem: apiRef ?? message });
    return { column: "type", message: english(ref), ref };
  }
  return { column: relative || "(row)", message, ref: apiRef };
}

/** A row whose field count differs from the header's is refused before the API sees it. */
export function checkFieldCount(header: readonly CsvColumn[], values: readonly string[]): RowIssue | null {
  if (values.length === header.length) return null;
  const ref = messageRef("errors.import.fieldCount", { values: values.length, columns: header.length });
  return { column: "(row)", message: english(ref), ref };
}
