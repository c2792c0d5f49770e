// npm start / npm run dev: one command from a fresh clone to a running app.
// 1. database: DATABASE_URL when set, otherwise the embedded PostgreSQL in .data/
// 2. migrations; 3. demo data (not in production); 4. build when sources changed; 5. next start.
// `npm start -- --servers 3` (or SERVERS=3) starts that many app servers on PORT, PORT+1, …, for a
// reverse proxy to spread requests over (README: nginx and Caddy examples).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { migrateDatabase } from "./db/migrate-database";
import { buildIfNeeded } from "./lib/build-app";
import { ownShutdownSignals, startEmbeddedPostgres, type EmbeddedDatabase } from "./lib/embedded-postgres";
import { disableDemoAccounts, prepareDemoData } from "./lib/demo-data";
import { localAuthSecret } from "./lib/auth-secret";
import { listenHost, NEXT_PROCESS_ENV } from "./lib/listen-host";
import { SERVER_NODE_FLAGS } from "./lib/server-node-flags";

const ROOT = path.resolve(import.meta.dirname, "..");
const isDev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const serversArg = process.argv.indexOf("--servers");
const serverCount = Number(serversArg >= 0 ? process.argv[serversArg + 1] : (process.env.SERVERS ?? 1));
if (!Number.isInteger(serverCount) || serverCount < 1 || serverCount > 32) {
  console.error("--servers (or SERVERS) must be a whole number from 1 to 32.");
  process.exit(1);
}
if (isDev && serverCount > 1) {
  console.error("npm run dev runs one server; use npm start -- --servers N for several.");
  process.exit(1);
}
const isProduction = process.env.NODE_ENV === "production" && Boolean(process.env.DATABASE_URL);
const APP_STOP_MS = 5_000;

let embedded: EmbeddedDatabase | undefined;
const apps: ChildProcess[] = [];
const building = new AbortController();
let stopping: Promise<void> | undefined;

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** Stops the app, then the database, and says so only once each has happened. */
async function stopEverything(): Promise<void> {
  building.abort();
  if (apps.length > 0) {
    if (apps.some((app) => !hasExited(app))) console.log("\nStopping Gastvrij …");
    await Promise.all(apps.map(stopApp));
    console.log("Gastvrij stopped.");
  }
  if (embedded) {
    await embedded.stop();
    console.log("Embedded PostgreSQL stopped.");
  }
}

async function stopApp(app: ChildProcess): Promise<void> {
  if (hasExited(app)) return;
  const exited = new Promise<boolean>((resolve) => app.once("exit", () => resolve(true)));
  app.kill("SIGTERM");
  const timedOut = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), APP_STOP_MS));
  if (!(await Promise.race([exited, timedOut]))) {
    app.kill("SIGKILL");
    console.log(`The app did not stop within ${APP_STOP_MS / 1000} s and was killed.`);
  }
}

function shutdown(code: number): Promise<void> {
  stopping ??= stopEverything().then(() => process.exit(code));
  return stopping;
}

// We stop the embedded server ourselves, after the app, so the lines above are true when printed.
// Ctrl-C arrives more than once (from the terminal, and relayed by tsx): the first one counts.
ownShutdownSignals();
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));

async function main() {
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.log("No DATABASE_URL set: starting the embedded PostgreSQL (data in .data/postgres).");
    embedded = await startEmbeddedPostgres({ log: (line) => console.log(line) });
    databaseUrl = embedded.url;
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...NEXT_PROCESS_ENV,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    // Production must bring its own secret (lib/env.ts says so); locally one is made once and kept.
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? (isProduction ? undefined : localAuthSecret()),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  };

  const applied = await migrateDatabase(databaseUrl);
  console.log(
    applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.",
  );

  if (isProduction) await disableDemoAccounts(databaseUrl);
  const signIns = isProduction ? [] : await prepareDemoData(databaseUrl);

  if (!isDev) await buildIfNeeded(ROOT, env, (line) => console.log(line), building.signal);
  if (stopping) return;
  const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  const { host, note } = listenHost(process.env.HOST, signIns.length > 0);
  // localhost (which reaches 127.0.0.1) matches the default NEXTAUTH_URL, so the session cookie does too.
  const isLocal = !host || ["0.0.0.0", "::", "127.0.0.1", "localhost"].includes(host);
  const urlAt = (at: number) =>
    `http://${isLocal ? "localhost" : host.includes(":") ? `[${host}]` : host}:${at}`;
  // Several servers share nothing but the database (docs/scaling.md); each gets its own port.
  for (let index = 0; index < serverCount; index++) {
    const child = spawn(
      process.execPath,
      [
        ...SERVER_NODE_FLAGS,
        nextBin,
        isDev ? "dev" : "start",
        "-p",
        String(port + index),
        ...(host ? ["-H", host] : []),
      ],
      {
        cwd: ROOT,
        env: { ...env, PORT: String(port + index) },
        stdio: "inherit",
      },
    );
    apps.push(child);
    child.on("exit", (code) => void shutdown(code ?? 0));
  }

  if (serverCount === 1) console.log(`\nGastvrij is starting at ${urlAt(port)}`);
  else {
    console.log(`\nGastvrij is starting ${serverCount} app servers on one database:`);
    for (let index = 0; index < serverCount; index++) console.log(`  ${urlAt(port + index)}`);
    console.log(
      "Put a reverse proxy in front of them (README: nginx, Caddy) and set NEXTAUTH_URL to its public URL;\n" +
        `until then, sign in at ${urlAt(port)} (the cookie works on every port of this host).`,
    );
  }
  if (note) console.log(note);
  if (signIns.length) {
    console.log("Demo sign-ins:");
    for (const line of signIns) console.log(`  ${line}`);
    console.log(
      "  The demo manager and admin sign in without a second factor while demo accounts exist\n" +
        "  (never in production, which disables them); every other manager and admin enrols a\n" +
        "  passkey or authenticator app at first sign-in (see docs/second-factor.md).",
    );
  }
  console.log("Press Ctrl-C to stop.\n");
}

main().catch(async (error: unknown) => {
  if (stopping) return;
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
