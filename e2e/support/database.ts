import { readFileSync } from "node:fs";
import pg from "pg";
import { E2E_STATE_FILE } from "./config";

let pool: pg.Pool | undefined;

/** The e2e app's database URL, written by serve.ts. */
export function e2eDatabaseUrl(): string {
  return (JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as { databaseUrl: string }).databaseUrl;
}

/** A pool on the e2e app's database, for factories that seed each test's own data. */
export function e2eDatabase(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: e2eDatabaseUrl(), max: 2 });
  return pool;
}
