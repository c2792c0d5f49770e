import "server-only";
import type { UiLocale } from "@/i18n/locales";
import { AppError, type MessageRef } from "@/lib/errors";
import { say, translatorFor } from "@/lib/i18n/translator";
import type { ImportKind } from "@/lib/validation/import";
import { COLUMNS_OF, IDENTIFIER_COLUMN_NAMES, type CsvColumn } from "./csv-columns";

// Flat CSV rows to the API's nested records, and the API's JSON paths back to CSV column names, so a
// rejected row names the column a person can fix in their spreadsheet, in the uploader's language.

/** "First Name", "first-name" and "first_name" are the same column. */
function normalizeHeader(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** The column of each header cell, in file order; a 400 naming every problem with the header. */
export function resolveHeader(kind: ImportKind, cells: string[], locale: UiLocale = "en"): CsvColumn[] {
  const t = translatorFor(locale);
  const known = COLUMNS_OF[kind];
  const names = cells.map(normalizeHeader);
  const unknown = names.filter((name) => !known.some((c) => c.name === name));
  const repeated = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
  const missing = known.filter((c) => c.isRequired && !names.includes(c.name)).map((c) => c.name);
  const problems: string[] = [];
  if (unknown.length)
    problems.push(
      t("csvImport.header.unknown", {
        count: unknown.length,
        names: list(unknown),
        known: list(known.map((c) => c.name)),
      }),
    );
  if (repeated.length) problems.push(t("csvImport.header.repeated", { names: list(repeated) }));
  if (missing.length) problems.push(t("csvImport.header.missing", { count: missing.length, names: list(missing) }));
  if (!names.some((name) => IDENTIFIER_COLUMN_NAMES.includes(name)))
    problems.push(t("csvImport.header.identifier", { names: list(IDENTIFIER_COLUMN_NAMES) }));
  if (problems.length) {
    const ref: MessageRef = {
      key: "csvImport.header.invalid",
      values: { kind: t(`csvImport.kindWord.${kind}`), problems: problems.join("; ") },
    };
    throw new AppError("invalid_request", say(ref, locale, problems.join("; ")), {
      issues: problems.map((message) => ({ path: "header", message })),
      ref,
    });
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

/**
 * The API's problem with a field. The API's own sentences are English (its documented language);
 * zod's 'Invalid option: expected one of "web"|"app"' reads badly in a report and is said anew.
 */
function readable(apiMessage: string, locale: UiLocale): string {
  const options = /^Invalid option: expected one of (.+)$/.exec(apiMessage)?.[1];
  if (!options) return apiMessage;
  return translatorFor(locale)("csvImport.row.oneOf", {
    options: options.replace(/"/g, "").split("|").join(", "),
  });
}

/** An API issue ("$.events[3].identifiers.email", "must be …") as the CSV column and a reason. */
export function issueToColumn(
  kind: ImportKind,
  path: string,
  apiMessage: string,
  locale: UiLocale = "en",
): RowIssue {
  const t = translatorFor(locale);
  const message = readable(apiMessage, locale);
  const relative = path.replace(/^\$\.\w+\[\d+\]\.?/, "");
  const match = COLUMNS_OF[kind]
    .filter(
      (c) =>
        relative === c.target || relative.startsWith(`${c.target}.`) || relative.startsWith(`${c.target}[`),
    )
    .sort((a, b) => b.target.length - a.target.length)[0];
  if (match) return { column: match.name, message };
  if (relative === "identifiers") {
    const isUnusable = apiMessage.startsWith("no usable identifier");
    return {
      column: IDENTIFIER_COLUMN_NAMES.join(" / "),
      message: isUnusable ? t("csvImport.row.noIdentifier", { names: list(IDENTIFIER_COLUMN_NAMES) }) : message,
    };
  }
  const field = relative.split(/[.[]/)[0] ?? "";
  if (DETAIL_FIELDS.has(field)) return { column: "type", message: t("csvImport.row.detail", { field, message }) };
  return { column: relative || t("csvImport.row.wholeRow"), message };
}

/** A row whose field count differs from the header's is refused before the API sees it. */
export function checkFieldCount(
  header: readonly CsvColumn[],
  values: readonly string[],
  locale: UiLocale = "en",
): RowIssue | null {
  if (values.length === header.length) return null;
  const t = translatorFor(locale);
  return {
    column: t("csvImport.row.wholeRow"),
    message: t("csvImport.row.fieldCount", { values: values.length, columns: header.length }),
  };
}
