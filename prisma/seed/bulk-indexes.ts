// For a large load into (nearly) empty tables it is much faster to build secondary indexes once at
// the end, and to check foreign keys with one join per constraint, than to do both row by row.
// Definitions are read from the catalog before dropping, so what comes back is exactly what the
// migrations created. Primary keys and unique indexes stay: they guard the data while it loads.
import type pg from "pg";
import { SEED_TABLES } from "./tables";

export interface DroppedObject {
  name: string;
  table: string;
  definition: string;
}

export interface BulkLoadState {
  indexes: DroppedObject[];
  foreignKeys: DroppedObject[];
}

export async function prepareBulkLoad(client: pg.ClientBase): Promise<BulkLoadState> {
  const indexes = await client.query<DroppedObject>(
    `SELECT i.indexname AS name, i.tablename AS "table", i.indexdef AS definition
     FROM pg_indexes i
     JOIN pg_namespace n ON n.nspname = i.schemaname
     JOIN pg_class c ON c.relname = i.indexname AND c.relnamespace = n.oid
     JOIN pg_index x ON x.indexrelid = c.oid
     WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
       AND NOT x.indisunique AND NOT x.indisprimary
     ORDER BY i.tablename, i.indexname`,
    [SEED_TABLES],
  );
  const foreignKeys = await client.query<DroppedObject>(
    `SELECT con.conname AS name, c.relname AS "table", pg_get_constraintdef(con.oid) AS definition
     FROM pg_constraint con
     JOIN pg_class c ON c.oid = con.conrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE con.contype = 'f' AND n.nspname = current_schema() AND c.relname = ANY($1)
     ORDER BY c.relname, con.conname`,
    [SEED_TABLES],
  );
  await client.query("BEGIN");
  try {
    for (const key of foreignKeys.rows)
      await client.query(`ALTER TABLE "${key.table}" DROP CONSTRAINT "${key.name}"`);
    for (const index of indexes.rows) await client.query(`DROP INDEX "${index.name}"`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
  return { indexes: indexes.rows, foreignKeys: foreignKeys.rows };
}

async function timed(
  log: (line: string) => void,
  label: string,
  work: () => Promise<unknown>,
): Promise<void> {
  const started = performance.now();
  await work();
  log(`  ${label} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Rebuilds the indexes, slowest first, on as many connections as given (one per core), then
 * adds the foreign keys back one by one: each checks every existing row, and they lock their parents.
 */
export async function finishBulkLoad(
  clients: readonly pg.ClientBase[],
  state: BulkLoadState,
  log: (line: string) => void,
): Promise<void> {
  const [first] = clients;
  if (!first) throw new Error("finishBulkLoad needs a connection");
  const sizes = await first.query<{ table: string; bytes: string }>(
    `SELECT relname AS "table", pg_relation_size(c.oid) AS bytes FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND relname = ANY($1)`,
    [SEED_TABLES],
  );
  const size = new Map(sizes.rows.map((row) => [row.table, Number(row.bytes)]));
  // A GIN trigram build costs several times a B-tree's per byte of table; start the slowest first.
  const cost = (index: DroppedObject) =>
    (size.get(index.table) ?? 0) * (/USING gin/i.test(index.definition) ? 8 : 1);
  const queue = [...state.indexes].sort((a, b) => cost(b) - cost(a));
  await Promise.all(
    clients.map(async (client) => {
      await client.query("SET maintenance_work_mem = '1GB'; SET work_mem = '256MB'");
      for (let index = queue.shift(); index; index = queue.shift()) {
        const { definition } = index;
        await timed(log, `index ${index.name}`, () => client.query(definition));
      }
    }),
  );
  for (const key of state.foreignKeys) {
    const sql = `ALTER TABLE "${key.table}" ADD CONSTRAINT "${key.name}" ${key.definition}`;
    await timed(log, `foreign key ${key.name}`, () => first.query(sql));
  }
}
