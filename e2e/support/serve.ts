// Playwright's web server: a fresh local database with a small seed, the production build, and
// `next start` on E2E_PORT. Refuses to touch a database that is not on this machine.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { seedDatabase } from "../../prisma/seed/seed-database";
import { migrateDatabase } from "../../scripts/db/migrate-database";
import { needsBuild } from "../../scripts/lib/build-state";
import { localAuthSecret } from "../../scripts/lib/auth-secret";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { assertLocalDatabase } from "../../tests/helpers/local-database";
import { E2E_DATABASE, E2E_PORT, E2E_STATE_FILE } from "./config";
import { onDatabase } from "../../scripts/lib/database-url";

const ROOT = path.resolve(import.meta.dirname, "../..");

const embedded = process.env.DATABASE_URL
  ? undefined
  : await startEmbeddedPostgres({ dataDir: path.join(ROOT, ".data/e2e-postgres") });
const serverUrl = process.env.DATABASE_URL ?? embedded!.url;
assertLocalDatabase(serverUrl);

const admin = new pg.Client({ connectionString: onDatabase(serverUrl, "postgres") });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${E2E_DATABASE}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${E2E_DATABASE}"`);
await admin.end();

const databaseUrl = onDatabase(serverUrl, E2E_DATABASE);
await migrateDatabase(databaseUrl);
await seedDatabase(databaseUrl, { customers: 300 });
mkdirSync(path.dirname(E2E_STATE_FILE), { recursive: true });
writeFileSync(E2E_STATE_FILE, JSON.stringify({ databaseUrl }));

const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  PORT: String(E2E_PORT),
  NEXTAUTH_SECRET: localAuthSecret(),
  NEXTAUTH_URL: `http://127.0.0.1:${E2E_PORT}`,
};
const nextBin = path.join(ROOT, "node_modules/next/dist/bin/next");
if (needsBuild(ROOT)) {
  await new Promise<void>((resolve, reject) => {
    spawn(process.execPath, [nextBin, "build"], { cwd: ROOT, env, stdio: "inherit" }).on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next build exited with ${code}`)),
    );
  });
}
const app = spawn(process.execPath, [nextBin, "start", "-p", String(E2E_PORT)], {
  cwd: ROOT,
  env,
  stdio: "inherit",
});
const stop = async () => {
  app.kill("SIGTERM");
  await embedded?.stop();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
app.on("exit", () => void stop());
