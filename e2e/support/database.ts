import { readFileSync } from "node:fs";
import pg from "pg";
import { E2E_STATE_FILE } from "./config";

let pool: pg.Pool | undefined;

/** The e2e app's database, written by serve.ts, for factories that seed each test's own data. */
export function e2eDatabase(): pg.Pool {
  if (!pool) {
    const { databaseUrl } = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as { databaseUrl: string };
    pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  }
  return pool;
}
