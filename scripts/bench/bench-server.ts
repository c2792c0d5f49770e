// Shared by the benchmark scripts: the production build served against a given database.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { NEXT_PROCESS_ENV } from "../lib/listen-host";
import { localAuthSecret } from "../lib/auth-secret";
import { buildIfNeeded } from "../lib/build-app";
import { SERVER_NODE_FLAGS } from "../lib/server-node-flags";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

export interface BenchServer {
  url: string;
  stop: () => Promise<void>;
}

export async function startBenchServer(databaseUrl: string, port: number): Promise<BenchServer> {
  const env = {
    ...process.env,
    ...NEXT_PROCESS_ENV,
    NODE_ENV: "production" as const,
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: "20",
    NEXTAUTH_SECRET: localAuthSecret(),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  };
  await buildIfNeeded(ROOT, env);
  const child: ChildProcess = spawn(
    process.execPath,
    // BENCH_NODE_FLAGS adds flags for a look inside, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
    [
      ...SERVER_NODE_FLAGS,
      ...(process.env.BENCH_NODE_FLAGS?.split(/\s+/).filter(Boolean) ?? []),
      NEXT_BIN,
      "start",
      "-p",
      String(port),
    ],
    {
      cwd: ROOT,
      env,
      stdio: "ignore",
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt++) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (attempt === 119) throw new Error("the app did not start within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        // Already gone: its exit event has fired, and waiting for it would end the script silently.
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
