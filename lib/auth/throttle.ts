import "server-only";
import { db } from "@/lib/db/client";

// After FREE_FAILURES failed sign-ins on an account or from an IP, each further failure locks that
// key for BASE_LOCK_SECONDS × 2^(n-FREE_FAILURES), capped at MAX_LOCK_SECONDS. Stored in PostgreSQL so
// every app server sees the same counters.
//
// An attempt is reserved (counted, and the lock it would earn set) in one locked row update BEFORE
// the password is checked, so parallel guesses cannot all slip past a counter that lags behind.
const FREE_FAILURES = 5;
const BASE_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 60 * 60;
// A quiet key starts over after this long.
const RESET_AFTER_MS = 24 * 60 * 60 * 1000;

export function throttleKeys(email: string, ip: string | null): string[] {
  const keys = [`account:${email.trim().toLowerCase()}`];
  if (ip) keys.push(`ip:${ip}`);
  return keys;
}

export function lockSeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_LOCK_SECONDS, BASE_LOCK_SECONDS * 2 ** (failures - FREE_FAILURES));
}

/**
 * Counts one attempt on every key and says whether its password may be checked: only when no key
 * was locked at that moment. The lock this attempt would earn if it fails is set at once; a
 * successful sign-in lifts it again (releaseAttempt, clearFailures).
 */
export async function reserveAttempt(keys: string[], now = new Date()): Promise<boolean> {
  let isAllowed = true;
  // Sorted, so two attempts sharing keys always lock their rows in the same order.
  for (const key of [...keys].sort()) {
    // The row must exist before the locking read: on a fresh key, parallel statements would each
    // see no previous row (their snapshot predates the first insert) and all be let through.
    await db.$executeRaw`
      INSERT INTO "SignInThrottle" (key, failures, "lastFailureAt", "lockedUntil")
      VALUES (${key}, 0, ${now}, NULL) ON CONFLICT (key) DO NOTHING`;
    const rows = await db.$queryRaw<{ failures: number; wasLocked: boolean }[]>`
      WITH previous AS (
        SELECT key, failures, "lockedUntil", "lastFailureAt" < ${new Date(now.getTime() - RESET_AFTER_MS)} AS "isStale"
        FROM "SignInThrottle" WHERE key = ${key} FOR UPDATE
      )
      INSERT INTO "SignInThrottle" AS t (key, failures, "lastFailureAt", "lockedUntil")
      VALUES (${key}, 1, ${now}, ${lockSeconds(1) ? new Date(now.getTime() + lockSeconds(1) * 1000) : null})
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN (SELECT "isStale" FROM previous) THEN 1 ELSE t.failures + 1 END,
        "lastFailureAt" = ${now},
        "lockedUntil" = CASE
          WHEN (SELECT "isStale" FROM previous) THEN NULL
          WHEN t."lockedUntil" > ${now} THEN t."lockedUntil"
          WHEN t.failures + 1 >= ${FREE_FAILURES} THEN ${now}::timestamp + make_interval(secs => LEAST(${MAX_LOCK_SECONDS}, ${BASE_LOCK_SECONDS} * power(2, t.failures + 1 - ${FREE_FAILURES})))
          ELSE NULL
        END
      RETURNING t.failures, COALESCE((SELECT "lockedUntil" > ${now} AND NOT "isStale" FROM previous), false) AS "wasLocked"`;
    if (rows[0]?.wasLocked) isAllowed = false;
  }
  return isAllowed;
}

/** Takes back an IP's reservation after a successful sign-in: an office signing in must not lock itself. */
export async function releaseAttempt(key: string): Promise<void> {
  await db.$executeRaw`
    UPDATE "SignInThrottle" SET
      failures = GREATEST(failures - 1, 0),
      "lockedUntil" = CASE WHEN failures - 1 >= ${FREE_FAILURES} THEN "lockedUntil" ELSE NULL END
    WHERE key = ${key}`;
}

export async function clearFailures(email: string): Promise<void> {
  // Only the account key: a correct password must not unlock an IP that is guessing other accounts.
  // Reset rather than delete: a deleted row would reopen the fresh-key window described above.
  await db.$executeRaw`
    UPDATE "SignInThrottle" SET failures = 0, "lockedUntil" = NULL
    WHERE key = ${`account:${email.trim().toLowerCase()}`}`;
}

/** Clears one key (the second factor clears its own per-account key after a correct code). */
export async function clearThrottleKey(key: string): Promise<void> {
  await db.$executeRaw`UPDATE "SignInThrottle" SET failures = 0, "lockedUntil" = NULL WHERE key = ${key}`;
}
