// Vitest global setup: find a PostgreSQL server (DATABASE_URL's server, else an embedded one with
// its own data directory), and migrate a template database once. Each test file then clones it.
import path from "node:path";
import pg from "pg";
import { migrateDatabase } from "../scripts/db/migrate-database";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../scripts/lib/embedded-postgres";
import { assertLocalDatabase } from "./helpers/local-database";
import { TEMPLATE_DATABASE } from "./helpers/test-database";

let embedded: EmbeddedDatabase | undefined;

function onDatabase(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

export async function setup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: path.resolve(import.meta.dirname, "../.data/test-postgres") });
    serverUrl = embedded.url;
  }
  assertLocalDatabase(serverUrl);
  const adminUrl = onDatabase(serverUrl, "postgres");
  process.env.GASTVRIJ_TEST_SERVER_URL = adminUrl;

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
    // Leftovers of an interrupted earlier run.
    const stale = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'gastvrij\\_test\\_%' AND datname <> $1",
      [TEMPLATE_DATABASE],
    );
    for (const { datname } of stale.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  await migrateDatabase(onDatabase(serverUrl, TEMPLATE_DATABASE));
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
}
