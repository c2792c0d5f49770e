import "server-only";
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pgPool } from "@/lib/db/client";
import { preparedStatementName } from "@/lib/db/prepared-statements";
import { heavyRead } from "@/lib/db/read-routing";
import { parseUtcTimestamp } from "@/lib/time/parse-utc-timestamp";

// Hot reads (eligibility, the boards, the card) run a few statements returning hundreds or thousands
// of rows. Through Prisma's $queryRaw every row is mapped twice (driver adapter, then client) and
// every timestamp parsed twice; here pg builds the row objects once and timestamps are parsed by
// hand. It is the same SQL ($1 placeholders from Prisma.sql), on the same pool, prepared when marked
// PREPARED. Values come back as $queryRaw gives them, except numeric, which stays a string (Prisma:
// a Decimal): cast it to ::text or ::float8 in the statement.

const INT8_OID = 20;
const DATE_OID = 1082;
const TIMESTAMP_OID = 1114;
const TIMESTAMPTZ_OID = 1184;

const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMP_OID) return parseUtcTimestamp;
    if (oid === TIMESTAMPTZ_OID) return (text: string) => new Date(text);
    // As Prisma: a bigint is a BigInt, a date is UTC midnight (pg alone: a string, local midnight).
    if (oid === INT8_OID) return (text: string) => BigInt(text);
    if (oid === DATE_OID) return (text: string) => new Date(`${text}T00:00:00.000Z`);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** Date parameters go as ISO text (UTC), as the Prisma adapter sends them. */
function parameter(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** The statement as pg takes it, named when marked PREPARED so each connection plans it once. */
function queryConfig(query: Prisma.Sql): pg.QueryConfig {
  const name = preparedStatementName({ sql: query.text });
  return { text: query.text, values: query.values.map(parameter), ...(name ? { name } : {}) };
}

/**
 * The rows of a statement, as `db.$queryRaw` would return them (numeric aside, see above). Inside a
 * transaction, pass its client: the statement then runs there.
 */
export async function readRows<T>(query: Prisma.Sql, client?: Prisma.TransactionClient): Promise<T[]> {
  if (client) return client.$queryRaw<T[]>(query);
  const result = await pgPool.query({ ...queryConfig(query), types });
  return result.rows as T[];
}

/**
 * A heavy read (search, insights, boards, timelines): on the read replica when one is configured
 * and this request need not see its own write (lib/db/read-routing.ts), else on the primary.
 * `fresh`: the read must see a commit that just happened (a live board's push): the primary.
 */
export async function readHeavyRows<T>(query: Prisma.Sql, options: { fresh?: boolean } = {}): Promise<T[]> {
  return heavyRead(
    async ({ pool }) => (await pool.query({ ...queryConfig(query), types })).rows as T[],
    options,
  );
}

/** A write on the same fast path (an INSERT on every profile view); returns the affected row count. */
export async function runStatement(query: Prisma.Sql, client?: Prisma.TransactionClient): Promise<number> {
  if (client) return client.$executeRaw(query);
  const result = await pgPool.query(queryConfig(query));
  return result.rowCount ?? 0;
}
