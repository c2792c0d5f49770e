// Searches every text, varchar, json, jsonb, bytea and text-array column of every table in the
// public schema for any of the given terms (case-insensitive), as the erasure acceptance test asks.
import type pg from "pg";

export interface ScanHit {
  table: string;
  column: string;
  count: number;
}

export async function scanForTerms(client: pg.Client | pg.Pool, terms: string[]): Promise<ScanHit[]> {
  const { rows: columns } = await client.query<{ table: string; column: string; type: string }>(
    `SELECT c.table_name AS table, c.column_name AS column, c.udt_name AS type
     FROM information_schema.columns c JOIN information_schema.tables t
       ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema = 'public'
       AND c.udt_name IN ('text', 'varchar', 'bpchar', 'json', 'jsonb', 'bytea', '_text', '_varchar')`,
  );
  const patterns = terms.map((term) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const hits: ScanHit[] = [];
  for (const { table, column, type } of columns) {
    const value =
      type === "bytea"
        ? `encode("${column}", 'escape')`
        : type.startsWith("_")
          ? `array_to_string("${column}", ' ')`
          : `"${column}"::text`;
    const { rows } = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "${table}" WHERE ${value} ILIKE ANY ($1::text[])`,
      [patterns],
    );
    if (rows[0]!.count > 0) hits.push({ table, column, count: rows[0]!.count });
  }
  return hits;
}

/** How many columns the scan looked at, so a test can show it really searched. */
export async function countScannedColumns(client: pg.Client | pg.Pool): Promise<number> {
  const { rows } = await client.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM information_schema.columns
     WHERE table_schema = 'public' AND udt_name IN ('text', 'varchar', 'bpchar', 'json', 'jsonb', 'bytea', '_text', '_varchar')`,
  );
  return rows[0]!.count;
}
