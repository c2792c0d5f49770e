// Each integration test file gets its own database, cloned in milliseconds from a template that the
// global setup migrated once (tests/global-setup.ts). Never a mock of our own database.
import { randomBytes } from "node:crypto";
import pg from "pg";

export interface TestDatabase {
  url: string;
  name: string;
  drop: () => Promise<void>;
}

function serverUrl(): string {
  const url = process.env.GASTVRIJ_TEST_SERVER_URL;
  if (!url) throw new Error("GASTVRIJ_TEST_SERVER_URL is not set: run integration tests through `vitest` (tests/global-setup.ts).");
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export const TEMPLATE_DATABASE = "gastvrij_test_template";

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
  const name = `gastvrij_test_${randomBytes(6).toString("hex")}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`));
  return {
    name,
    url: databaseUrl(name),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
