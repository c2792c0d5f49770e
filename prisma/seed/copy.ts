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

/**
 * COPY lines collected for one table, encoded straight into a growing byte buffer: holding millions
 * of short-lived strings instead would keep the garbage collector busy for most of the run.
 */
export class CopyBuffer {
  private bytes = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  private rows = 0;

  constructor(
    readonly table: string,
    readonly columns: readonly string[],
  ) {}

  /** Appends one line, which must already end in "\n". */
  add(line: string): void {
    const worst = line.length * 3;
    if (this.used + worst > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + worst));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    this.used += this.bytes.write(line, this.used);
    this.rows++;
  }

  get size(): number {
    return this.rows;
  }

  get byteLength(): number {
    return this.used;
  }

  /** Empties the buffer for reuse, keeping its memory. */
  reset(): void {
    this.used = 0;
    this.rows = 0;
  }

  /** The encoded lines; valid until the next add. */
  contents(): Buffer {
    return this.bytes.subarray(0, this.used);
  }

  /** The lines as text, for tests and debugging. */
  lines(): string[] {
    return this.contents()
      .toString("utf8")
      .split("\n")
      .slice(0, -1)
      .map((line) => `${line}\n`);
  }
}

const SLICE_BYTES = 1 << 20;

function* slices(data: Buffer): Generator<Buffer> {
  for (let start = 0; start < data.length; start += SLICE_BYTES)
    yield data.subarray(start, start + SLICE_BYTES);
}

/** Streams the buffer into its table; returns the number of rows copied. */
export async function copyInto(client: pg.ClientBase, buffer: CopyBuffer): Promise<number> {
  if (buffer.size === 0) return 0;
  const columns = buffer.columns.map((column) => `"${column}"`).join(", ");
  const stream = client.query(copyFrom(`COPY "${buffer.table}" (${columns}) FROM STDIN`));
  await pipeline(Readable.from(slices(buffer.contents())), stream);
  return buffer.size;
}
