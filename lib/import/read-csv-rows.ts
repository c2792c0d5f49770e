import "server-only";
import { Readable } from "node:stream";
import Papa from "papaparse";
import type { MessageRef } from "@/lib/errors";
import { messageRef } from "@/lib/i18n/message-ref";
import { english } from "@/lib/i18n/translator";

// The request body as CSV rows, one at a time: bytes are counted, decoded as UTF-8 and parsed by
// papaparse's Node stream, whose backpressure means only a few chunks are ever held in memory.

/** A problem with the file itself rather than with one row; its sentence is meant for the uploader. */
export class CsvFormatError extends Error {
  constructor(readonly ref: MessageRef) {
    super(english(ref));
  }
}

export interface CsvRow {
  /** Record number in the file, the header being row 1, as a spreadsheet counts. */
  row: number;
  values: string[];
}

export interface CsvReader {
  rows: AsyncGenerator<CsvRow>;
  bytesRead: () => number;
}

const NOT_UTF8 = messageRef("errors.import.notUtf8");
const BINARY = messageRef("errors.import.binary");

export function readCsvRows(body: ReadableStream<Uint8Array<ArrayBuffer>>): CsvReader {
  let bytes = 0;
  const text = body
    .pipeThrough(
      new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
        transform(chunk, controller) {
          bytes += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }),
    )
    .pipeThrough(new TextDecoderStream("utf-8", { fatal: true }))
    .pipeThrough(
      new TransformStream<string, string>({
        transform(chunk, controller) {
          if (chunk.includes("\u0000")) controller.error(new CsvFormatError(BINARY));
          else controller.enqueue(chunk);
        },
      }),
    );
  const input = Readable.from(text, { objectMode: false });
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { header: false, skipEmptyLines: false });
  input.on("error", (error) => parser.destroy(error));
  input.pipe(parser);

  async function* rows(): AsyncGenerator<CsvRow> {
    let row = 0;
    try {
      for await (const values of parser as AsyncIterable<string[]>) {
        row += 1;
        // A blank line keeps its number but is no record.
        if (values.length === 1 && values[0]!.trim() === "") continue;
        yield { row, values };
      }
    } catch (error) {
      if (error instanceof CsvFormatError) throw error;
      if (error instanceof TypeError && /decod|encod/i.test(error.message))
        throw new CsvFormatError(NOT_UTF8);
      throw error;
    } finally {
      input.destroy();
      parser.destroy();
    }
  }
  return { rows: rows(), bytesRead: () => bytes };
}
