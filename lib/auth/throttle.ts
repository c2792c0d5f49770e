import "server-only";
import { db } from "@/lib/db/client";

// After FREE_FAILURES failed sign-ins on an account or from an IP, each further failure locks that
// key for BASE_LOCK_SECONDS × 2^(n-FREE_FAILURES), capped at MAX_LOCK_SECONDS. Stored in PostgreSQL so
// every app server sees the same counters.
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

/** The moment the longest lock on any of the keys ends, or null when none is locked. */
export async function lockedUntil(keys: string[], now = new Date()): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } } });
  const until = rows.map((row) => row.lockedUntil!.getTime());
  return until.length ? new Date(Math.max(...until)) : null;
}

export async function recordFailure(keys: string[], now = new Date()): Promise<void> {
  for (const key of keys) {
    await db.$transaction(async (tx) => {
      const existing = await tx.signInThrottle.findUnique({ where: { key } });
      const isStale = existing && now.getTime() - existing.lastFailureAt.getTime() > RESET_AFTER_MS;
      const failures = (existing && !isStale ? existing.failures : 0) + 1;
      const seconds = lockSeconds(failures);
      const data = {
        failures,
        lastFailureAt: now,
        lockedUntil: seconds ? new Date(now.getTime() + seconds * 1000) : null,
      };
      await tx.signInThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
    });
  }
}

export async function clearFailures(email: string): Promise<void> {
  // Only the account key: a correct password must not unlock an IP that is guessing other accounts.
  await db.signInThrottle.deleteMany({ where: { key: `account:${email.trim().toLowerCase()}` } });
}
