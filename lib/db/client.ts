import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { preparedStatementName } from "@/lib/db/prepared-statements";

// One pool and one client per process; dev hot reloads keep them on globalThis instead of opening
// new pools. Prisma runs on the pool through its pg adapter; lib/db/read-rows.ts reads hot, fixed-shape
// statements on the same pool without Prisma's row mapping.
const globalForPrisma = globalThis as unknown as {
  prisma?: PrismaClient;
  pgPool?: pg.Pool;
  readPool?: pg.Pool | null;
  readDb?: PrismaClient | null;
};
let isClosing = false;

export const pgPool = globalForPrisma.pgPool ?? createPool(env.DATABASE_URL);

/**
 * The read replica's pool when DATABASE_READ_URL is set, else null. Only heavy reads use it, and
 * only through lib/db/read-routing.ts, which decides when a read must see the primary instead.
 */
export const readPool =
  globalForPrisma.readPool !== undefined
    ? globalForPrisma.readPool
    : env.DATABASE_READ_URL
      ? createPool(env.DATABASE_READ_URL)
      : null;

function createPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: env.DATABASE_POOL_SIZE });
  // An idle connection dropped by the server (restart, terminated backend) is an 'error' event on
  // the pool; without a listener it would take the process down. The pool replaces the connection.
  pool.on("error", (error) => {
    // Once closeDb() has begun, a connection ended by the server (a test dropping its database)
    // is the intended outcome, not a failure.
    if (isClosing && (error as { code?: string }).code === "57P01") return;
    console.error("A pooled database connection failed:", error.message);
  });
  return pool;
}

function createClient(pool: pg.Pool): PrismaClient {
  const adapter = new PrismaPg(pool, { statementNameGenerator: preparedStatementName });
  return new PrismaClient({ adapter });
}

export const db = globalForPrisma.prisma ?? createClient(pgPool);
/** Prisma on the read replica, for heavy reads routed there (lib/db/read-routing.ts); null without one. */
export const readDb =
  globalForPrisma.readDb !== undefined ? globalForPrisma.readDb : readPool ? createClient(readPool) : null;
if (env.NODE_ENV !== "production") {
  globalForPrisma.prisma = db;
  globalForPrisma.pgPool = pgPool;
  globalForPrisma.readPool = readPool;
  globalForPrisma.readDb = readDb;
}

/**
 * For scripts and tests that end: Prisma's client, then the pool both paths share. Resolves once
 * every connection has closed (pool.end() alone resolves before), so the database can be dropped.
 */
export async function closeDb(): Promise<void> {
  isClosing = true;
  await db.$disconnect();
  await readDb?.$disconnect();
  if (readPool && !readPool.ended) await readPool.end();
  if (pgPool.ended) return;
  let open = pgPool.totalCount;
  const closed = new Promise<void>((resolve) => {
    if (open === 0) resolve();
    pgPool.on("remove", () => {
      if (--open <= 0) resolve();
    });
  });
  await pgPool.end();
  await closed;
}
