// Each integration test file gets its own database, cloned in milliseconds from a template that the
// global setup migrated once (tests/global-setup.ts). Never a mock of our own database.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { onDatabase } from "../../scripts/lib/database-url";
import { dropDatabase } from "./drop-database";

export interface TestDatabase {
  url: string;
  name: string;
  drop: () => Promise<void>;
}

function serverUrl(): string {
  const url = process.env.GASTVRIJ_TEST_SERVER_URL;
  if (!url)
    throw new Error(
      "GASTVRIJ_TEST_SERVER_URL is not set: run integration tests through `vitest` (tests/global-setup.ts).",
    );
  return url;
}

export function databaseUrl(name: string): string {
  return onDatabase(serverUrl(), name);
}

/** Set by the global setup: one template per test run, so concurrent runs never drop each other's. */
function templateDatabase(): string {
  const name = process.env.GASTVRIJ_TEST_TEMPLATE;
  if (!name)
    throw new Error(
      "GASTVRIJ_TEST_TEMPLATE is not set: run integration tests through `vitest` (tests/global-setup.ts).",
    );
  return name;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl("postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const template = templateDatabase();
  const name = `${template.replace(/_template$/, "")}_${randomBytes(4).toString("hex")}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    name,
    url: databaseUrl(name),
    drop: () => admin((client) => dropDatabase(client, name)),
  };
}
