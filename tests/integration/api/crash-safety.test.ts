import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventPayload } from "../../factories/event-factory";
import { createTestApiKey, type TestApiKey } from "../../helpers/api-client";

// Kill the server with SIGKILL while a large batch is inside its transaction, start it again and
// retry: the event count is exact, nothing lost and nothing doubled.

const url = process.env.DATABASE_URL!;
const ROOT = path.resolve(import.meta.dirname, "../../..");
const client = new pg.Client({ connectionString: url });
let apiKey: TestApiKey;
const children: ChildProcess[] = [];

beforeAll(async () => {
  await client.connect();
  apiKey = await createTestApiKey(url, { source: "crash-test" });
});
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await client.end();
});

async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      path.join(ROOT, "node_modules/tsx/dist/esm/index.mjs"),
      "--import",
      path.join(ROOT, "tests/helpers/crash/register.mjs"),
      path.join(ROOT, "tests/helpers/crash/ingest-server.ts"),
    ],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: "test" },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  children.push(child);
  const serverUrl = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => resolve(chunk.toString().trim().split("\n")[0]!));
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, url: serverUrl };
}

const send = (serverUrl: string, events: unknown[]) =>
  fetch(`${serverUrl}/api/v1/events`, {
    method: "POST",
    headers: { authorization: `Bearer ${apiKey.key}`, "content-type": "application/json" },
    body: JSON.stringify({ events }),
  });

const storedCount = async () =>
  (
    await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "JourneyEvent" WHERE source = 'crash-test'`,
    )
  ).rows[0]!.n;

/** True once a connection of the server is inside a transaction on the test database. */
async function batchInFlight(): Promise<boolean> {
  const { rows } = await client.query(
    // Any moment of the batch's transaction counts: between its statements the connection is idle in
    // transaction, and on a busy machine sampling only the identity statements could miss it all.
    `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
       AND xact_start IS NOT NULL
       AND (state = 'idle in transaction' OR query ILIKE '%"Identity"%' OR query ILIKE '%"Customer"%' OR query ILIKE '%"JourneyEvent"%')`,
  );
  return rows.length > 0;
}

describe("crash safety", () => {
  it("loses and doubles nothing when the server is SIGKILLed mid-batch and the batch retried", async () => {
    const events = Array.from({ length: 1000 }, (_, i) =>
      eventPayload({
        identifiers: { email: `crash.${i}@gastvrij-test.nl`, webId: `crash-web-${i}` },
        payload: { filler: "x".repeat(400) },
      }),
    );
    const first = await startServer();
    const pending = send(first.url, events).catch(() => "connection lost");
    for (let i = 0; i < 2000 && !(await batchInFlight()); i++)
      await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await batchInFlight()).toBe(true);
    first.child.kill("SIGKILL");
    expect(await pending).toBe("connection lost");
    // PostgreSQL aborts the dead client's transaction once it notices the closed connection.
    for (let i = 0; i < 200 && (await batchInFlight()); i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await storedCount()).toBe(0);
    expect(
      (await client.query(`SELECT count(*)::int AS n FROM "Identity" WHERE "normalizedValue" LIKE 'crash.%'`))
        .rows[0].n,
    ).toBe(0);

    const second = await startServer();
    const retry = await send(second.url, events);
    expect(retry.status).toBe(200);
    expect(((await retry.json()) as { accepted: number }).accepted).toBe(1000);
    const again = (await (await send(second.url, events)).json()) as { duplicates: number };
    expect(again.duplicates).toBe(1000);
    expect(await storedCount()).toBe(1000);
    second.child.kill("SIGKILL");
  }, 120_000);
});
