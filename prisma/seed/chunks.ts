// Customers are seeded in fixed chunks of indexes, each in one transaction, so a chunk is either
// fully there or not at all, and a rerun only generates the customers that are missing.
import type pg from "pg";
import { copyInto } from "./copy";
import { generateCustomer } from "./customers";
import { IdKind, seedUuidRangeStart } from "./ids";
import type { JourneyContext } from "./journey";
import { emptyCounts, SEED_TABLES, type ChunkBuffers, type TableCounts } from "./tables";

export const CHUNK_SIZE = 2000;

/** Index of a seeded customer, read back from the hex digits of its id (see ids.ts). */
const INDEX_FROM_ID = `('x' || substr(replace(id::text, '-', ''), 3, 8))::bit(32)::bigint`;

/** How many seeded customers each chunk of [0, customers) already has, by chunk number. */
export async function countExisting(client: pg.ClientBase, customers: number): Promise<Map<number, number>> {
  const { rows } = await client.query<{ chunk: string; count: string }>(
    `SELECT ${INDEX_FROM_ID} / $3 AS chunk, count(*) AS count FROM "Customer"
     WHERE id >= $1 AND id < $2 GROUP BY 1`,
    [seedUuidRangeStart(IdKind.customer, 0), seedUuidRangeStart(IdKind.customer, customers), CHUNK_SIZE],
  );
  return new Map(rows.map((row) => [Number(row.chunk), Number(row.count)]));
}

/** The indexes of [start, end) that have no customer yet. */
export async function missingIndexes(client: pg.ClientBase, start: number, end: number): Promise<number[]> {
  const { rows } = await client.query<{ index: string }>(
    `SELECT ${INDEX_FROM_ID} AS index FROM "Customer" WHERE id >= $1 AND id < $2`,
    [seedUuidRangeStart(IdKind.customer, start), seedUuidRangeStart(IdKind.customer, end)],
  );
  const present = new Set(rows.map((row) => Number(row.index)));
  const missing: number[] = [];
  for (let index = start; index < end; index++) if (!present.has(index)) missing.push(index);
  return missing;
}

const YIELD_EVERY = 20;

/** Generates the customers into the buffers, yielding now and then so a COPY in flight keeps moving. */
export async function generateChunk(ctx: JourneyContext, indexes: readonly number[]): Promise<void> {
  for (const buffer of Object.values(ctx.buffers)) buffer.reset();
  for (let i = 0; i < indexes.length; i++) {
    const index = indexes[i];
    if (index !== undefined) generateCustomer(ctx, index);
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Writes every table's buffer in one transaction. */
export async function writeChunk(client: pg.ClientBase, buffers: ChunkBuffers): Promise<TableCounts> {
  const counts = emptyCounts();
  await client.query("BEGIN");
  try {
    for (const table of SEED_TABLES) counts[table] = await copyInto(client, buffers[table]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
  return counts;
}
