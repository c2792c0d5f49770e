// Multi-row INSERTs for the few hundred rows that are not worth a COPY (today's arrivals and pickups).
import type pg from "pg";

export type SqlValue = string | number | null;

const MAX_PARAMETERS = 60_000;

/**
 * Inserts the rows, by default skipping any that conflict with a unique key. Returns how many rows
 * are new; with an `ON CONFLICT ... DO UPDATE` clause, updated rows are not counted.
 */
export async function insertRows(
  client: pg.ClientBase,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
  conflict = "ON CONFLICT DO NOTHING",
): Promise<number> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const columnList = columns.map((column) => `"${column}"`).join(", ");
  let inserted = 0;
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    const values = batch.map(
      (_, row) => `(${columns.map((__, column) => `$${row * columns.length + column + 1}`).join(", ")})`,
    );
    // xmax is 0 only for a freshly inserted row version, not for one an upsert updated.
    const result = await client.query<{ isNew: boolean }>(
      `INSERT INTO "${table}" (${columnList}) VALUES ${values.join(", ")} ${conflict} RETURNING (xmax = 0) AS "isNew"`,
      batch.flat(),
    );
    inserted += result.rows.filter((row) => row.isNew).length;
  }
  return inserted;
}
