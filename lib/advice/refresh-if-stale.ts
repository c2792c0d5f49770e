import "server-only";
import pg from "pg";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { refreshCategoryAssociations } from "./refresh-category-associations";

// Keeps the associations fresh without a scheduler: the first advice request after they turn
// ADVICE_MAX_AGE_HOURS old starts a refresh in the background (on its own connection, never on the
// request's path), and an advisory lock lets only one app server do it. `npm run advice:refresh`
// does the same on demand, e.g. from cron after a large import.

export const ADVICE_MAX_AGE_HOURS = 24;
/** How often one process looks at the table's age at most; the look is one indexed row. */
const CHECK_EVERY_MS = 10 * 60_000;

let nextCheckAt = 0;
let running: Promise<unknown> | null = null;

/** Fire and forget: never throws, never delays the caller. */
export function refreshAssociationsIfStale(now = Date.now()): void {
  if (running || now < nextCheckAt) return;
  nextCheckAt = now + CHECK_EVERY_MS;
  running = refreshWhenOld(now)
    .catch((error: unknown) => console.error("Refreshing the advice associations failed:", error))
    .finally(() => {
      running = null;
    });
}

/** Resolves once no refresh started by this process is running (tests, shutdown). */
export async function adviceRefreshSettled(): Promise<void> {
  await running;
}

async function refreshWhenOld(now: number): Promise<void> {
  // Every row of one refresh carries the same computedAt, so any row tells the age.
  const [row] = await db.$queryRaw<{ computedAt: Date }[]>`
    SELECT "computedAt" FROM "CategoryAssociation" LIMIT 1`;
  if (row && now - row.computedAt.getTime() < ADVICE_MAX_AGE_HOURS * 3_600_000) return;
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    // Looked at again under the lock: another app server may have refreshed them meanwhile.
    await refreshCategoryAssociations(client, {
      now: new Date(now),
      skipIfBusy: true,
      onlyIfOlderThan: new Date(now - ADVICE_MAX_AGE_HOURS * 3_600_000),
    });
  } finally {
    await client.end();
  }
}
