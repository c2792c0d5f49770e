import "server-only";
import type { UiLocale } from "@/i18n/locales";
import { ValidationError } from "@/lib/errors";
import { messageRef } from "@/lib/i18n/message-ref";
import { refusal } from "@/lib/i18n/ref-errors";
import { english, say } from "@/lib/i18n/translator";
import { ingestEvents, upsertCustomers } from "@/lib/ingest/ingest-events";
import { IMPORT_BATCH_SIZE, type ImportKind, type ImportLine } from "@/lib/validation/import";
import type { CsvColumn } from "./csv-columns";
import { checkFieldCount, issueToColumn, resolveHeader, rowToRecord, type RowIssue } from "./map-csv-row";
import { CsvFormatError, readCsvRows, type CsvReader, type CsvRow } from "./read-csv-rows";

// A CSV import as a stream of NDJSON lines: rows go to the same ingest functions as the public API in
// batches, and each batch answers with its rejected rows and a progress line. The response is pulled,
// so a slow reader slows the import instead of piling lines up in memory. Every sentence is said in the
// uploader's language, the API's reasons for refusing a row included.

const line = (value: ImportLine) => `${JSON.stringify(value)}\n`;
const SUPPRESSED = messageRef("errors.import.suppressed");

/** Reads the header and the first record before answering, so file-level problems are a 400. */
async function openCsv(kind: ImportKind, body: ReadableStream<Uint8Array<ArrayBuffer>> | null) {
  if (!body) throw refusal("errors.import.emptyFile");
  const csv = readCsvRows(body);
  try {
    const header = await csv.rows.next();
    if (header.done) throw refusal("errors.import.emptyFile");
    const columns = resolveHeader(kind, header.value.values);
    const first = await csv.rows.next();
    if (first.done) throw refusal("errors.import.noRows");
    return { csv, columns, first: first.value };
  } catch (error) {
    await csv.rows.return(undefined);
    if (error instanceof CsvFormatError) throw new ValidationError(error.message, [], error.ref);
    throw error;
  }
}

async function* withFirst(first: CsvRow, rest: AsyncGenerator<CsvRow>): AsyncGenerator<CsvRow> {
  yield first;
  yield* rest;
}

async function* importLines(
  kind: ImportKind,
  source: string,
  csv: CsvReader,
  columns: CsvColumn[],
  first: CsvRow,
  declaredBytes: number | null,
  locale: UiLocale,
): AsyncGenerator<string> {
  const issue = (row: number, { column, message, ref }: RowIssue) =>
    line({ type: "issue", row, column, message: say(ref, locale, message) });
  const started = performance.now();
  const totals = { accepted: 0, duplicates: 0, rejected: 0 };
  const seconds = () => (performance.now() - started) / 1000;
  const counts = () => {
    const rows = totals.accepted + totals.duplicates + totals.rejected;
    return {
      rows,
      ...totals,
      bytes: csv.bytesRead(),
      rowsPerSecond: Math.round(rows / Math.max(seconds(), 0.001)),
    };
  };
  const batch: { row: number; record: Record<string, unknown> }[] = [];
  let pending = "";
  let lastRow = first.row;

  async function flush(items: typeof batch): Promise<string> {
    const records = items.map((item) => item.record);
    const result =
      kind === "events"
        ? await ingestEvents(source, records, { withRefs: true })
        : await upsertCustomers(source, records, { withRefs: true });
    totals.accepted += result.accepted;
    totals.duplicates += result.duplicates;
    // A row of an erased customer is not stored; it is reported (and counted) with the refused ones.
    totals.rejected += result.rejected + result.suppressed;
    let out = "";
    for (const item of result.results) {
      const row = items[item.index]!.row;
      for (const error of item.status === "rejected" ? (item.errors ?? []) : []) {
        out += issue(row, issueToColumn(kind, error.path, error.message, error.ref));
      }
      if (item.status === "suppressed") {
        const path = `$.${kind}[${item.index}].identifiers`;
        out += issue(row, { ...issueToColumn(kind, path, english(SUPPRESSED)), ref: SUPPRESSED });
      }
    }
    return out + line({ type: "progress", ...counts() });
  }

  try {
    for await (const { row, values } of withFirst(first, csv.rows)) {
      lastRow = row;
      const problem = checkFieldCount(columns, values);
      if (problem) {
        totals.rejected += 1;
        pending += issue(row, problem);
        continue;
      }
      batch.push({ row, record: rowToRecord(columns, values) });
      // One row is held back, so the last row of the file is never written before its end is checked.
      if (batch.length > IMPORT_BATCH_SIZE) {
        yield pending + (await flush(batch.splice(0, IMPORT_BATCH_SIZE)));
        pending = "";
      }
    }
    // A cut-off upload ends in a partial row, which may still parse: its batch is not written.
    const received = csv.bytesRead();
    if (declaredBytes !== null && received < declaredBytes) {
      const stored = batch[0] ? batch[0].row - 1 : lastRow;
      const values = { received, declared: declaredBytes, row: stored };
      throw new CsvFormatError(messageRef("errors.import.cutOff", values));
    }
    if (batch.length) pending += await flush(batch);
    yield pending + line({ type: "summary", status: "completed", ...counts(), seconds: seconds() });
  } catch (error) {
    const ref =
      error instanceof CsvFormatError ? error.ref : messageRef("errors.import.stopped", { row: lastRow });
    if (!(error instanceof CsvFormatError)) console.error(error);
    const message = say(ref, locale, english(ref));
    yield (
      pending + line({ type: "summary", status: "failed", ...counts(), seconds: seconds(), error: message })
    );
  }
}

/**
 * Starts an import; throws ValidationError (400) for an empty file, a non-CSV file or a bad header.
 * The streamed lines speak `locale`, the uploader's language.
 */
export async function startCsvImport(
  kind: ImportKind,
  source: string,
  body: ReadableStream<Uint8Array<ArrayBuffer>> | null,
  declaredBytes: number | null,
  locale: UiLocale,
): Promise<ReadableStream<Uint8Array>> {
  const { csv, columns, first } = await openCsv(kind, body);
  const lines = importLines(kind, source, csv, columns, first, declaredBytes, locale);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      // The browser went away: stop reading the upload; the batch in flight still commits whole.
      await lines.return(undefined);
      await csv.rows.return(undefined);
    },
  });
}
