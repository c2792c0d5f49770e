// Rebuilds the insights rollups from the raw tables (docs/insights.md): for a range of local days
// (incremental: the last INCREMENTAL_DAYS; full: everything), one transaction per rollup, so readers
// see a rollup either before or after its rebuild, never half of it. A session advisory lock lets one
// process refresh at a time. Plain `pg` and no "server-only", so the seed, `npm run insights:backfill`
// and the app share it.
import type pg from "pg";
import { contactPolicySettingsSchema, DEFAULT_CONTACT_POLICY } from "../validation/contact-policy";
import {
  ACQUISITION_PATHS_SQL,
  COMPLAINT_COHORT_SQL,
  COMPLAINT_PATHS_SQL,
  DESK_SQL,
  FULL_FROM_DAY,
  PATH_CUSTOMERS_SQL,
  PATH_DAILY_SQL,
  REBOOK_SQL,
  SURVEYS_SQL,
  VISITS_SQL,
  ZONE,
} from "./rollup-sql";

/** pg_advisory lock key ("insr"), unique among the app's advisory locks. */
export const INSIGHTS_LOCK_KEY = 0x696e7372;
/**
 * An incremental run rebuilds this many days back: late events, a payment at check-out, a survey
 * answered within 14 days all land inside it.
 */
export const INCREMENTAL_DAYS = 35;
/** Complaint paths end up to 180 days after the complaint ("returned" or "churned"). */
export const COMPLAINT_PATH_DAYS = 185;

export type RefreshMode = "incremental" | "full";

export interface RefreshOptions {
  mode: RefreshMode;
  now?: Date;
  /** Return null at once when another refresh holds the lock (the app); else wait for it (scripts). */
  skipIfBusy?: boolean;
  log?: (line: string) => void;
}

export interface RefreshResult {
  mode: RefreshMode;
  fromDay: string;
  toDay: string;
  /** Rows written and milliseconds taken per rollup. */
  steps: Record<string, { rows: number; ms: number }>;
  elapsedMs: number;
}

const DAY_MS = 86_400_000;
const dayFormat = new Intl.DateTimeFormat("en-CA", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  timeZone: ZONE,
});

/** "2026-12-08": the local day of an instant. */
export function localDayOf(date: Date): string {
  return dayFormat.format(date);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Timestamps go to PostgreSQL as UTC wall time, as Prisma stores them. */
const utc = (date: Date) => date.toISOString().slice(0, 23).replace("T", " ");

interface Step {
  name: string;
  table: string;
  /** The first day this step rebuilds (the run's, unless it needs a longer range). */
  from: string;
  /** Only these rows of the table belong to the step. */
  kind?: "acquisition" | "complaint";
  /** The table is rebuilt whole on every run (it is small, and old rows change). */
  whole?: boolean;
  /** Its monthly sums, rebuilt for every month the step touched: the table, its keys and its counts. */
  monthly?: { table: string; keys: string[]; counts: string[] };
  run: (client: pg.ClientBase) => Promise<number>;
}

async function surveySettings(client: pg.ClientBase) {
  const { rows } = await client.query<{ settings: unknown }>(
    `SELECT settings FROM "ContactPolicy" ORDER BY version DESC LIMIT 1`,
  );
  const parsed = rows[0] ? contactPolicySettingsSchema.safeParse(rows[0].settings).data : undefined;
  return (parsed ?? DEFAULT_CONTACT_POLICY).surveys;
}

async function inTransaction<T>(client: pg.ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    // A batch job: enough memory to sort and group without spilling, and no JIT warm-up.
    await client.query(`SET LOCAL work_mem = '64MB'; SET LOCAL jit = off`);
    const result = await work();
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

const written = (result: pg.QueryResult) => result.rowCount ?? 0;
const PATH_MONTHLY = {
  table: "InsightPathMonthly",
  keys: ["kind", '"locationId"', "path"],
  counts: ["customers"],
};

function planSteps(fromDay: string, toDay: string, nowUtc: string, mode: RefreshMode): Step[] {
  const range = [fromDay, toDay];
  const pathsFrom = mode === "full" ? fromDay : addDays(toDay, -COMPLAINT_PATH_DAYS);
  const paths = async (client: pg.ClientBase, kind: string, build: string, params: unknown[]) => {
    await client.query(build, params);
    await client.query(PATH_CUSTOMERS_SQL, [kind]);
    return written(await client.query(PATH_DAILY_SQL, [kind]));
  };
  return [
    {
      name: "visits",
      table: "InsightVisitDaily",
      from: fromDay,
      monthly: {
        table: "InsightVisitMonthly",
        keys: ['"locationId"', "kind", '"visitChannel"', '"firstTouch"'],
        counts: ["visits"],
      },
      run: async (client) => written(await client.query(VISITS_SQL, range)),
    },
    {
      name: "rebookings",
      table: "InsightRebookDaily",
      from: fromDay,
      run: async (client) => written(await client.query(REBOOK_SQL, range)),
    },
    {
      name: "acquisition paths",
      table: "InsightPathDaily",
      from: fromDay,
      kind: "acquisition",
      monthly: PATH_MONTHLY,
      run: (client) => paths(client, "acquisition", ACQUISITION_PATHS_SQL, range),
    },
    {
      name: "complaint paths",
      table: "InsightPathDaily",
      from: pathsFrom,
      kind: "complaint",
      monthly: PATH_MONTHLY,
      run: (client) => paths(client, "complaint", COMPLAINT_PATHS_SQL, [pathsFrom, toDay, nowUtc]),
    },
    {
      name: "complaints",
      table: "InsightComplaintCohort",
      from: fromDay,
      whole: true,
      run: async (client) => written(await client.query(COMPLAINT_COHORT_SQL)),
    },
    {
      name: "surveys",
      table: "InsightSurveyDaily",
      from: fromDay,
      monthly: {
        table: "InsightSurveyMonthly",
        keys: ['"locationId"', "gap", '"priorSurveys"', '"afterTrivial"'],
        counts: ["sent", "responded"],
      },
      run: async (client) => {
        const settings = await surveySettings(client);
        const paymentIsTrivial = settings.trivialInteractions.includes("payment");
        return written(
          await client.query(SURVEYS_SQL, [
            fromDay,
            toDay,
            settings.trivialInteractions,
            settings.trivialBlockDays,
            // A listed "payment" makes every payment trivial; otherwise only those below the amount.
            paymentIsTrivial ? null : settings.trivialPaymentBelow,
          ]),
        );
      },
    },
    {
      name: "desk",
      table: "InsightDeskDaily",
      from: fromDay,
      run: async (client) => written(await client.query(DESK_SQL, range)),
    },
  ];
}

/** Rebuilds the monthly sums of every month the step's days touch, from its daily rows. */
async function rebuildMonths(client: pg.ClientBase, step: Step, toDay: string, mode: RefreshMode) {
  const monthly = step.monthly;
  if (!monthly) return;
  const byMonth = mode !== "full";
  const kind = step.kind ? `kind = '${step.kind}'` : null;
  const range = byMonth ? `month BETWEEN date_trunc('month', $1::date)::date AND $2::date` : null;
  const where = [range, kind].filter(Boolean).join(" AND ");
  const params = byMonth ? [step.from, toDay] : [];
  await client.query(`DELETE FROM "${monthly.table}"${where ? ` WHERE ${where}` : ""}`, params);
  const dailyWhere = [byMonth ? `day BETWEEN date_trunc('month', $1::date)::date AND $2::date` : null, kind]
    .filter(Boolean)
    .join(" AND ");
  const keys = monthly.keys.join(", ");
  await client.query(
    `INSERT INTO "${monthly.table}" (month, ${keys}, ${monthly.counts.join(", ")})
     SELECT date_trunc('month', day)::date, ${keys}, ${monthly.counts.map((count) => `sum(${count})::int`).join(", ")}
     FROM "${step.table}"${dailyWhere ? ` WHERE ${dailyWhere}` : ""}
     GROUP BY ${monthly.keys.map((_, index) => index + 2).join(", ")}, 1`,
    params,
  );
}

/** Empties what a step is about to rebuild, in its transaction. */
async function clearStep(client: pg.ClientBase, step: Step, toDay: string, mode: RefreshMode) {
  const byDay = !step.whole && mode !== "full";
  const conditions = [
    byDay ? `day BETWEEN $1::date AND $2::date` : null,
    step.kind ? `kind = '${step.kind}'` : null,
  ];
  const where = conditions.filter(Boolean).join(" AND ");
  const params = byDay ? [step.from, toDay] : [];
  await client.query(`DELETE FROM "${step.table}"${where ? ` WHERE ${where}` : ""}`, params);
  if (step.kind)
    await client.query(`DELETE FROM "InsightPathCustomer"${where ? ` WHERE ${where}` : ""}`, params);
}

/** The days an incremental run rebuilds, ending today (local). */
export function incrementalRange(now: Date): { fromDay: string; toDay: string } {
  const toDay = localDayOf(now);
  return { fromDay: addDays(toDay, -INCREMENTAL_DAYS), toDay };
}

export async function refreshInsightRollups(
  client: pg.ClientBase,
  { mode, now = new Date(), skipIfBusy = false, log = () => undefined }: RefreshOptions,
): Promise<RefreshResult | null> {
  const started = performance.now();
  if (skipIfBusy) {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [
      INSIGHTS_LOCK_KEY,
    ]);
    if (!rows[0]?.locked) return null;
  } else {
    await client.query("SELECT pg_advisory_lock($1)", [INSIGHTS_LOCK_KEY]);
  }
  try {
    const toDay = localDayOf(now);
    const fromDay = mode === "full" ? FULL_FROM_DAY : incrementalRange(now).fromDay;
    const nowUtc = utc(now);
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "InsightRefresh" (id, mode, "fromDay", "toDay", "startedAt")
       VALUES (gen_random_uuid(), $1, $2::date, $3::date, $4::timestamp) RETURNING id`,
      [mode, fromDay, toDay, nowUtc],
    );
    const runId = rows[0]!.id;
    const result: RefreshResult = { mode, fromDay, toDay, steps: {}, elapsedMs: 0 };
    for (const step of planSteps(fromDay, toDay, nowUtc, mode)) {
      const stepStarted = performance.now();
      const rows = await inTransaction(client, async () => {
        await clearStep(client, step, toDay, mode);
        const rows = await step.run(client);
        await rebuildMonths(client, step, toDay, mode);
        return rows;
      });
      const ms = Math.round(performance.now() - stepStarted);
      result.steps[step.name] = { rows, ms };
      log(`${step.name}: ${rows.toLocaleString("en")} rows in ${(ms / 1000).toFixed(1)} s`);
    }
    result.elapsedMs = Math.round(performance.now() - started);
    await client.query(
      `UPDATE "InsightRefresh" SET "finishedAt" = $2::timestamp, counts = $3::jsonb WHERE id = $1::uuid`,
      [runId, utc(new Date(now.getTime() + result.elapsedMs)), JSON.stringify(result.steps)],
    );
    // A run every ten minutes: keep a month of them, and always the last full one.
    await client.query(
      `DELETE FROM "InsightRefresh" WHERE "startedAt" < $1::timestamp - interval '30 days'
         AND id <> ALL(SELECT id FROM "InsightRefresh" WHERE mode = 'full' AND "finishedAt" IS NOT NULL
                       ORDER BY "finishedAt" DESC LIMIT 1)`,
      [nowUtc],
    );
    return result;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [INSIGHTS_LOCK_KEY]).catch(() => undefined);
  }
}
