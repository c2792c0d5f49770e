import "server-only";
import type pg from "pg";
import { db, pgPool, readDb, readPool } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// Which server a heavy read goes to when a read replica is configured (DATABASE_READ_URL): search,
// insights, the boards and timelines read from the replica, everything else from the primary.
//
// A read that must see a write just made goes to the primary instead:
// - for a short while after this browser wrote anything (a check-in, a note, any staff action or
//   staff POST): a cookie set by the write, valid STICKY_PRIMARY_MS, that every app server reads, so
//   the board right after a check-in and the card right after a note come from the primary;
// - a live board reading again the rows a push named (fresh: true): the push says a commit just
//   happened on the primary, which the replica may not have replayed yet.
// Why a sticky window and not LSN waiting: the window costs nothing per request (no
// pg_current_wal_lsn() after each write, no pg_last_wal_replay_lsn() before each read, no waiting),
// works across app servers through the browser's cookie, and a streaming replica on the same network
// replays within milliseconds; docs/scaling.md says when to watch replication lag against it.

export const STICKY_PRIMARY_COOKIE = "gastvrij_primary";
/** After a write, this browser's heavy reads stay on the primary this long. */
export const STICKY_PRIMARY_MS = 10_000;

export type ReadTarget = "primary" | "replica";

/** The routing rule itself, without request or pools (unit-tested). */
export function chooseReadTarget({
  hasReplica,
  fresh = false,
  stickyUntil,
  now = Date.now(),
}: {
  hasReplica: boolean;
  /** The read must see a write that just committed (a live push). */
  fresh?: boolean;
  /** The sticky-primary cookie's value: until when (ms) this browser reads from the primary. */
  stickyUntil?: string | null;
  now?: number;
}): ReadTarget {
  if (!hasReplica || fresh) return "primary";
  const until = Number(stickyUntil);
  if (stickyUntil && Number.isFinite(until) && until > now) return "primary";
  return "replica";
}

/** The sticky cookie of the request being served, or null (also outside a request: scripts, jobs). */
async function stickyCookie(): Promise<string | null> {
  try {
    const { cookies } = await import("next/headers");
    return (await cookies()).get(STICKY_PRIMARY_COOKIE)?.value ?? null;
  } catch {
    return null;
  }
}

/** Where a heavy read runs: the pool for pg reads, Prisma on the same server, and which one it is. */
export interface ReadServer {
  pool: pg.Pool;
  db: PrismaClient;
  isReplica: boolean;
}

const PRIMARY: ReadServer = { pool: pgPool, db, isReplica: false };

/**
 * Runs a heavy read on the server the rule picks for this request. A replica that cannot answer
 * (down, restarting, a recovery conflict) leaves the read to the primary, so a replica outage slows
 * reads down but never fails them.
 */
export async function heavyRead<T>(
  work: (server: ReadServer) => Promise<T>,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<T> {
  if (!readPool || !readDb || fresh) return work(PRIMARY);
  if (chooseReadTarget({ hasReplica: true, stickyUntil: await stickyCookie() }) === "primary")
    return work(PRIMARY);
  try {
    return await work({ pool: readPool, db: readDb, isReplica: true });
  } catch (error) {
    if (!isReplicaUnavailable(error)) throw error;
    return work(PRIMARY);
  }
}

/**
 * Called after a staff write: this browser's heavy reads go to the primary for the next
 * STICKY_PRIMARY_MS, on whichever app server they land. A no-op without a replica.
 */
export async function stickToPrimary(now = Date.now()): Promise<void> {
  if (!readPool) return;
  try {
    const { cookies } = await import("next/headers");
    (await cookies()).set(STICKY_PRIMARY_COOKIE, String(now + STICKY_PRIMARY_MS), {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      maxAge: Math.ceil(STICKY_PRIMARY_MS / 1000),
    });
  } catch {
    // Outside a request (scripts, tests) there is no browser to route.
  }
}

/** A replica that cannot answer (down, restarting, recovery conflict) leaves the read to the primary. */
export function isReplicaUnavailable(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  // Connection refused, reset, timed out: Node's codes (ECONNREFUSED …) or none, not a SQLSTATE.
  if (!code || !/^[0-9A-Z]{5}$/.test(code)) return true;
  return (
    code.startsWith("08") || // connection exception
    code.startsWith("57P") || // admin shutdown, crash shutdown, cannot connect now
    code === "40001" || // canceled on conflict with recovery
    code === "53300" // too many connections
  );
}
