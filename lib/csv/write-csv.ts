// The one CSV writer for every export (audit log, import error report). Spreadsheets run a cell that
// starts with = + - @ (or tab, CR, and their full-width forms) as a formula, and Excel in a Dutch
// locale splits on ";" where the file says ",". So every field is quoted, and every piece a
// spreadsheet could split off, with either separator, gets a leading ' before a formula trigger.

export type CsvSeparator = "," | ";";
export type CsvCell = string | number | boolean | null | undefined;

const SPLIT_THEN_TRIGGER = /(^|[,;\t\r\n])([\s"]*)(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/g;

/** The text of one cell, inert in any spreadsheet. */
export function neutralizeCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  return String(value).replace(SPLIT_THEN_TRIGGER, "$1$2'");
}

function field(value: CsvCell): string {
  return `"${neutralizeCell(value).replace(/"/g, '""')}"`;
}

/** A CSV document: a header row, then the rows, CRLF line ends, every field quoted. */
export function writeCsv(header: string[], rows: CsvCell[][], separator: CsvSeparator = ","): string {
  return [header, ...rows].map((row) => row.map(field).join(separator)).join("\r\n") + "\r\n";
}
