import "server-only";
import pg from "pg";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { applyRetention } from "./apply-retention";

// Runs the retention job once a day inside the running app, without a scheduler: every app server
// looks once an hour, and a session advisory lock on its own connection lets one of them run it
// while the others skip. `npm run privacy:retention` does the same on demand.

const RETENTION_LOCK = 4_711_014; // any constant unique among the app's advisory locks
const DAY_MS = 86_400_000;
const CHECK_EVERY_MS = 60 * 60_000;
const FIRST_CHECK_AFTER_MS = 5 * 60_000;

/** Runs the job when no real (not dry) run started in the last day; false when skipped. */
export async function runRetentionIfDue(now = new Date()): Promise<boolean> {
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [
      RETENTION_LOCK,
    ]);
    if (!rows[0]?.locked) return false;
    try {
      const last = await db.retentionRun.findFirst({
        where: { isDryRun: false },
        orderBy: { startedAt: "desc" },
      });
      if (last && now.getTime() - last.startedAt.getTime() < DAY_MS) return false;
      await applyRetention({ now });
      return true;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [RETENTION_LOCK]);
    }
  } finally {
    await client.end();
  }
}

let timer: NodeJS.Timeout | null = null;

/** Called once per server process (instrumentation.ts). RETENTION_JOB=off turns it off. */
export function scheduleDailyRetention(): void {
  if (timer || process.env.RETENTION_JOB === "off") return;
  const check = () =>
    void runRetentionIfDue().catch((error: unknown) => console.error("The retention job failed:", error));
  // RETENTION_FIRST_CHECK_MS: the multi-server e2e test starts two servers and wants the first look soon.
  const firstCheckAfter = Number(process.env.RETENTION_FIRST_CHECK_MS) || FIRST_CHECK_AFTER_MS;
  timer = setTimeout(function tick() {
    check();
    timer = setTimeout(tick, CHECK_EVERY_MS).unref();
  }, firstCheckAfter).unref();
}
