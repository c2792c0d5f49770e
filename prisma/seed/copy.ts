// COPY ... FROM STDIN in PostgreSQL's text format: the fastest way to load rows from Node.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** A text value for a COPY line; null and undefined become \N. */
export function field(value: string | null | undefined): string {
  if (value === null || value === undefined) return "\\N";
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

export function jsonField(value: Record<string, unknown> | null | undefined): string {
  return value ? field(JSON.stringify(value)) : "\\N";
}

/** Lines collected for one table; each line already ends in "\n". */
export class CopyBuffer {
  readonly lines: string[] = [];

  constructor(
    readonly table: string,
    readonly columns: readonly string[],
  ) {}

  add(line: string): void {
    this.lines.push(line);
  }

  get size(): number {
    return this.lines.length;
  }
}

const BATCH_LINES = 4096;

function* batches(lines: readonly string[]): Generator<string> {
  for (let start = 0; start < lines.length; start += BATCH_LINES) {
    yield lines.slice(start, start + BATCH_LINES).join("");
  }
}

/** Streams the buffer into its table; returns the number of rows copied. */
export async function copyInto(client: pg.ClientBase, buffer: CopyBuffer): Promise<number> {
  if (buffer.size === 0) return 0;
  const columns = buffer.columns.map((column) => `"${column}"`).join(", ");
  const stream = client.query(copyFrom(`COPY "${buffer.table}" (${columns}) FROM STDIN`));
  await pipeline(Readable.from(batches(buffer.lines)), stream);
  return buffer.size;
}
