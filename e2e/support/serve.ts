// Playwright's web server for one e2e run: the run's own database (E2E_DATABASE) with a small seed,
// the production build (one build at a time per checkout), and `next start` on the run's E2E_PORT.
// On SIGTERM it stops the app and drops the run's database. Refuses a database not on this machine.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { seedDatabase } from "../../prisma/seed/seed-database";
import { migrateDatabase } from "../../scripts/db/migrate-database";
import { NEXT_PROCESS_ENV } from "../../scripts/lib/listen-host";
import { localAuthSecret } from "../../scripts/lib/auth-secret";
import { buildIfNeeded } from "../../scripts/lib/build-app";
import { onDatabase } from "../../scripts/lib/database-url";
import {
  isClusterRunning,
  ownShutdownSignals,
  startEmbeddedPostgres,
} from "../../scripts/lib/embedded-postgres";
import { dropDatabase } from "../../tests/helpers/drop-database";
import { assertLocalDatabase } from "../../tests/helpers/local-database";
import { E2E_DATABASE, E2E_PORT, E2E_RUN_ID, E2E_STATE_FILE } from "./config";

const ROOT = path.resolve(import.meta.dirname, "../..");
const log = (line: string) => console.log(`[e2e ${E2E_RUN_ID}] ${line}`);
ownShutdownSignals();

// Without DATABASE_URL: the embedded server, in a cluster of its own while another run uses the usual one.
const sharedCluster = path.join(ROOT, ".data/e2e-postgres");
const clusterDir = isClusterRunning(sharedCluster)
  ? path.join(ROOT, `.data/e2e-postgres-${E2E_RUN_ID}-${randomBytes(2).toString("hex")}`)
  : sharedCluster;
const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: clusterDir });
const serverUrl = process.env.DATABASE_URL ?? embedded!.url;
assertLocalDatabase(serverUrl);

async function onAdmin(work: (admin: pg.Client) => Promise<unknown>): Promise<void> {
  const admin = new pg.Client({ connectionString: onDatabase(serverUrl, "postgres") });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}

let app: ChildProcess | undefined;
let stopping: Promise<void> | undefined;

async function stopEverything(): Promise<void> {
  if (app && app.exitCode === null && app.signalCode === null) {
    const exited = new Promise((resolve) => app!.once("exit", resolve));
    app.kill("SIGTERM");
    await exited;
  }
  await onAdmin((admin) => dropDatabase(admin, E2E_DATABASE)).catch((error: unknown) =>
    log(`Could not drop the database ${E2E_DATABASE}: ${String(error)}`),
  );
  rmSync(E2E_STATE_FILE, { force: true });
  await embedded?.stop();
  if (embedded && clusterDir !== sharedCluster) rmSync(clusterDir, { recursive: true, force: true });
}

function stop(code: number): Promise<void> {
  stopping ??= stopEverything().then(() => process.exit(code));
  return stopping;
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));

try {
  await onAdmin(async (admin) => {
    // A killed run leaves its database behind. On a shared server only this run's name is ours; an
    // embedded cluster is this run's alone, so what earlier runs left there goes too.
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname = $1 OR ($2 AND starts_with(datname, 'gastvrij_e2e'))",
      [E2E_DATABASE, Boolean(embedded)],
    );
    for (const { datname } of rows) await dropDatabase(admin, datname);
    await admin.query(`CREATE DATABASE "${E2E_DATABASE}"`);
  });
  const databaseUrl = onDatabase(serverUrl, E2E_DATABASE);
  await migrateDatabase(databaseUrl);
  await seedDatabase(databaseUrl, { customers: 300 });
  mkdirSync(path.dirname(E2E_STATE_FILE), { recursive: true });
  writeFileSync(E2E_STATE_FILE, JSON.stringify({ databaseUrl }));

  const env = {
    ...process.env,
    ...NEXT_PROCESS_ENV,
    // Specs seed their own dates; the daily retention job must not anonymise them mid-run.
    RETENTION_JOB: "off",
    DATABASE_URL: databaseUrl,
    PORT: String(E2E_PORT),
    NEXTAUTH_SECRET: localAuthSecret(),
    NEXTAUTH_URL: `http://127.0.0.1:${E2E_PORT}`,
  };
  await buildIfNeeded(ROOT, env, log);
  if (!stopping) {
    log(`Database ${E2E_DATABASE}, app on port ${E2E_PORT}.`);
    const nextBin = path.join(ROOT, "node_modules/next/dist/bin/next");
    app = spawn(process.execPath, [nextBin, "start", "-p", String(E2E_PORT)], {
      cwd: ROOT,
      env,
      stdio: "inherit",
    });
    app.on("exit", (code, signal) => void stop(code ?? (signal === "SIGTERM" ? 0 : 1)));
  }
} catch (error) {
  log(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
}
