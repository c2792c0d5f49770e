import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { preparedStatementName } from "@/lib/prepared-statements";

// One pool and one client per process; dev hot reloads keep them on globalThis instead of opening
// new pools. Prisma runs on the pool through its pg adapter; lib/db-read.ts reads hot, fixed-shape
// statements on the same pool without Prisma's row mapping.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; pgPool?: pg.Pool };

export const pgPool =
  globalForPrisma.pgPool ?? new pg.Pool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });

function createClient(): PrismaClient {
  const adapter = new PrismaPg(pgPool, {
    statementNameGenerator: preparedStatementName,
    // db.$disconnect() ends the pool, as it did when the adapter owned it.
    disposeExternalPool: true,
  });
  return new PrismaClient({ adapter });
}

export const db = globalForPrisma.prisma ?? createClient();
if (env.NODE_ENV !== "production") {
  globalForPrisma.prisma = db;
  globalForPrisma.pgPool = pgPool;
}
