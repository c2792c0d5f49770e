// Vitest global setup: find a PostgreSQL server (DATABASE_URL's server, else an embedded one with
// its own data directory), and migrate a template database once. Each test file then clones it.
import path from "node:path";
import pg from "pg";
import { migrateDatabase } from "../scripts/db/migrate-database";
import {
  isClusterRunning,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from "../scripts/lib/embedded-postgres";
import { assertLocalDatabase } from "./helpers/local-database";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { onDatabase } from "../scripts/lib/database-url";
import { dropDatabase } from "./helpers/drop-database";

let embedded: EmbeddedDatabase | undefined;
let adminUrl = "";
// Every database of this run starts with this prefix; another run on the same server has its own.
const RUN_PREFIX = `gastvrij_test_${randomBytes(3).toString("hex")}`;
const TEMPLATE_DATABASE = `${RUN_PREFIX}_template`;
const SHARED_CLUSTER = path.resolve(import.meta.dirname, "../.data/test-postgres");
// Without DATABASE_URL: the embedded server, in a cluster of its own while another run uses the usual one.
const clusterDir = isClusterRunning(SHARED_CLUSTER) ? `${SHARED_CLUSTER}-${RUN_PREFIX}` : SHARED_CLUSTER;

export async function setup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: clusterDir });
    serverUrl = embedded.url;
  }
  assertLocalDatabase(serverUrl);
  adminUrl = onDatabase(serverUrl, "postgres");
  process.env.GASTVRIJ_TEST_SERVER_URL = adminUrl;
  process.env.GASTVRIJ_TEST_TEMPLATE = TEMPLATE_DATABASE;
  await dropRunDatabases();
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`));
  await migrateDatabase(onDatabase(serverUrl, TEMPLATE_DATABASE));
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

async function dropRunDatabases(): Promise<void> {
  await withAdmin(async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [RUN_PREFIX],
    );
    for (const { datname } of rows) await dropDatabase(admin, datname);
  });
}

export async function teardown(): Promise<void> {
  if (adminUrl) await dropRunDatabases();
  await embedded?.stop();
  if (embedded && clusterDir !== SHARED_CLUSTER) rmSync(clusterDir, { recursive: true, force: true });
}
