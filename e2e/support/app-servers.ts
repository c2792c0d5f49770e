// More app servers for a spec: `next start` processes of the e2e build on ports of their own,
// against a database of the spec's own (on the e2e run's PostgreSQL server), with nothing shared
// between them but that database. Used by e2e/multi-server/.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { migrateDatabase } from "../../scripts/db/migrate-database";
import { localAuthSecret } from "../../scripts/lib/auth-secret";
import { onDatabase } from "../../scripts/lib/database-url";
import { NEXT_PROCESS_ENV } from "../../scripts/lib/listen-host";
import { freePort } from "../../scripts/lib/private-cluster";
import { dropDatabase } from "../../tests/helpers/drop-database";
import { e2eDatabaseUrl } from "./database";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface AppServers {
  databaseUrl: string;
  urls: string[];
  /** Everything the servers printed, per server. */
  output: string[];
  stop(): Promise<void>;
}

async function onAdmin(work: (admin: pg.Client) => Promise<unknown>): Promise<void> {
  const admin = new pg.Client({ connectionString: onDatabase(e2eDatabaseUrl(), "postgres") });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}

async function healthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app server at ${url} exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the app server at ${url} did not answer within ${timeoutMs / 1000} s`);
}

/** A fresh, migrated database and `count` app servers on it; `env` is added to each server's. */
export async function startAppServers(
  name: string,
  count: number,
  env: Record<string, string> = {},
): Promise<AppServers> {
  const database = `${process.env.E2E_DATABASE}_${name}`;
  await onAdmin(async (admin) => {
    await dropDatabase(admin, database);
    await admin.query(`CREATE DATABASE "${database}"`);
  });
  const databaseUrl = onDatabase(e2eDatabaseUrl(), database);
  await migrateDatabase(databaseUrl);

  const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
  const urls = ports.map((port) => `http://127.0.0.1:${port}`);
  const output = ports.map(() => "");
  const nextBin = path.join(ROOT, "node_modules/next/dist/bin/next");
  const children = ports.map((port, index) => {
    const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...NEXT_PROCESS_ENV,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        NEXTAUTH_SECRET: localAuthSecret(),
        // One public URL for all, as behind a reverse proxy; cookies for 127.0.0.1 reach every port.
        NEXTAUTH_URL: urls[0]!,
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (chunk: Buffer) => (output[index] += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output[index] += chunk.toString()));
    return child;
  });
  const stop = async () => {
    await Promise.all(
      children.map(async (child) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      }),
    );
    await onAdmin((admin) => dropDatabase(admin, database)).catch(() => undefined);
  };
  try {
    await Promise.all(urls.map((url, index) => healthy(url, children[index]!, 60_000)));
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output.join("\n---\n").slice(-4_000)}`);
  }
  return { databaseUrl, urls, output, stop };
}
