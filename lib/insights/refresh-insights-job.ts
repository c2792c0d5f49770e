import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { db } from "@/lib/db/client";
import { refreshInsightRollups, type RefreshMode } from "./refresh-insight-rollups";

// Keeps the insights rollups fresh inside the running app, without a scheduler: every app server
// looks every few minutes; the one that gets the advisory lock rebuilds the last 35 days (and all of
// history once a day) on its own connection, never on a request's path, and the others skip.
// `npm run insights:backfill` does a full rebuild on demand. INSIGHTS_JOB=off turns the job off.

export const INCREMENTAL_EVERY_MS = 10 * 60_000;
export const FULL_EVERY_MS = 24 * 60 * 60_000;
const CHECK_EVERY_MS = 5 * 60_000;
const FIRST_CHECK_AFTER_MS = 60_000;

/** When each kind of run last finished, or null. */
export async function lastRefreshes(): Promise<{ incremental: Date | null; full: Date | null }> {
  const rows = await db.$queryRaw<{ mode: string; finishedAt: Date | null }[]>`
    SELECT mode, max("finishedAt") AS "finishedAt" FROM "InsightRefresh"
    WHERE "finishedAt" IS NOT NULL GROUP BY mode`;
  const at = (mode: string) => rows.find((row) => row.mode === mode)?.finishedAt ?? null;
  const full = at("full");
  const incremental = at("incremental");
  // A full run is also the freshest incremental one.
  return { full, incremental: !incremental || (full && full > incremental) ? full : incremental };
}

/** The full rebuild waits for the night (local 02:00–06:00) unless it is two days overdue. */
const NIGHT_HOURS = [2, 6] as const;
const hourFormat = new Intl.DateTimeFormat("en-GB", {
  hour: "numeric",
  hourCycle: "h23",
  timeZone: "Europe/Amsterdam",
});

/** The run that is due now, if any. */
export function dueRefresh(
  last: { incremental: Date | null; full: Date | null },
  now = Date.now(),
): RefreshMode | null {
  const hour = Number(hourFormat.format(now));
  const isNight = hour >= NIGHT_HOURS[0] && hour < NIGHT_HOURS[1];
  const fullAge = last.full ? now - last.full.getTime() : Number.POSITIVE_INFINITY;
  if (!last.full || (fullAge >= FULL_EVERY_MS && isNight) || fullAge >= 2 * FULL_EVERY_MS) return "full";
  if (!last.incremental || now - last.incremental.getTime() >= INCREMENTAL_EVERY_MS) return "incremental";
  return null;
}

let running: Promise<unknown> | null = null;
/** Each process looks at most this often (the look is a query on InsightRefresh). */
const LOOK_EVERY_MS = 60_000;
let nextLookAt = 0;

/** Runs a due refresh on its own connection; false when none was due or another process had the lock. */
export async function refreshInsightsIfDue(now = new Date()): Promise<boolean> {
  const mode = dueRefresh(await lastRefreshes(), now.getTime());
  if (!mode) return false;
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    return (await refreshInsightRollups(client, { mode, now, skipIfBusy: true })) !== null;
  } finally {
    await client.end();
  }
}

/** Fire and forget (the insights page calls it): never throws, never delays the caller. */
export function refreshInsightsInBackground(now = Date.now()): void {
  if (running || now < nextLookAt || process.env.INSIGHTS_JOB === "off") return;
  nextLookAt = now + LOOK_EVERY_MS;
  running = refreshInsightsIfDue()
    .catch((error: unknown) => console.error("Refreshing the insights rollups failed:", error))
    .finally(() => {
      running = null;
    });
}

let timer: NodeJS.Timeout | null = null;

/** Called once per server process (instrumentation.ts). */
export function scheduleInsightRefresh(): void {
  if (timer || process.env.INSIGHTS_JOB === "off") return;
  timer = setTimeout(function tick() {
    refreshInsightsInBackground();
    timer = setTimeout(tick, CHECK_EVERY_MS).unref();
  }, FIRST_CHECK_AFTER_MS).unref();
}
