// npm start / npm run dev: one command from a fresh clone to a running app.
// 1. database: DATABASE_URL when set, otherwise the embedded PostgreSQL in .data/
// 2. migrations; 3. demo data (not in production); 4. build when sources changed; 5. next start.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { migrateDatabase } from "./db/migrate-database";
import { needsBuild } from "./lib/build-state";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./lib/embedded-postgres";
import { disableDemoAccounts, prepareDemoData } from "./lib/demo-data";
import { localAuthSecret } from "./lib/auth-secret";
import { SERVER_NODE_FLAGS } from "./lib/server-node-flags";

const ROOT = path.resolve(import.meta.dirname, "..");
const isDev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const isProduction = process.env.NODE_ENV === "production" && Boolean(process.env.DATABASE_URL);

let embedded: EmbeddedDatabase | undefined;
let app: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (app && app.exitCode === null) {
      const exited = new Promise((resolve) => app!.once("exit", resolve));
      app.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
    if (embedded) {
      await embedded.stop();
      console.log("Embedded PostgreSQL stopped.");
    }
  }
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: "inherit" });
    app = child;
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`)),
    );
  });
}

async function main() {
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.log("No DATABASE_URL set: starting the embedded PostgreSQL (data in .data/postgres).");
    embedded = await startEmbeddedPostgres({ log: (line) => console.log(line) });
    databaseUrl = embedded.url;
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
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

  const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  if (!isDev && needsBuild(ROOT)) {
    console.log("Building the app (first start, or sources changed) …");
    await run(process.execPath, [nextBin, "build"], env);
  }
  const url = `http://localhost:${port}`;
  const child = spawn(
    process.execPath,
    [...SERVER_NODE_FLAGS, nextBin, isDev ? "dev" : "start", "-p", String(port)],
    {
      cwd: ROOT,
      env,
      stdio: "inherit",
    },
  );
  app = child;
  child.on("exit", (code) => void shutdown(code ?? 0));

  console.log(`\nGastvrij is starting at ${url}`);
  if (signIns.length) {
    console.log("Demo sign-ins:");
    for (const line of signIns) console.log(`  ${line}`);
  }
  console.log("Press Ctrl-C to stop.\n");
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
