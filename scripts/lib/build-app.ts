// `next build` when the sources changed since the last one, one build at a time per checkout: two
// test runs started together (or `npm start` beside one) would otherwise write the same .next/ at
// once and break each other. The second waits for the first, then finds nothing left to build.
import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { needsBuild } from "./build-state";
import { isProcessAlive } from "./process-alive";

const PROGRESS_EVERY_MS = 20_000;
const LOCK_POLL_MS = 1_000;

/** Takes the lock file, or says who holds it; a lock left by a process that died is taken over. */
function tryLock(file: string): boolean {
  try {
    const fd = openSync(file, "wx");
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  try {
    const holder = Number(readFileSync(file, "utf8"));
    // An empty file is a lock being written this instant, unless it has been empty for a while.
    const isStale = holder ? !isProcessAlive(holder) : Date.now() - statSync(file).mtimeMs > 10_000;
    if (isStale) rmSync(file, { force: true });
  } catch {
    // Released between our open and our read: try again on the next round.
  }
  return false;
}

function formatElapsed(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

function runNextBuild(
  root: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  signal?: AbortSignal,
): Promise<void> {
  const startedAt = Date.now();
  // Next prints little while it compiles; a line now and then shows the start has not hung.
  const ticker = setInterval(
    () => log(`… still building (${formatElapsed(Date.now() - startedAt)} so far)`),
    PROGRESS_EVERY_MS,
  );
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, "build"], { cwd: root, env, stdio: "inherit", signal });
    child.on("error", (error) => {
      clearInterval(ticker);
      reject(error);
    });
    child.on("exit", (code, signal) => {
      clearInterval(ticker);
      if (code === 0) {
        log(`Built in ${formatElapsed(Date.now() - startedAt)}.`);
        resolve();
      } else reject(new Error(`next build exited with ${signal ?? code}`));
    });
  });
}

/** Builds the app into .next/ if its sources changed; returns whether this call built it. */
export async function buildIfNeeded(
  root: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void = console.log,
  signal?: AbortSignal,
): Promise<boolean> {
  if (!needsBuild(root)) return false;
  const lock = path.join(root, ".next-build.lock");
  let hasWaited = false;
  while (!tryLock(lock)) {
    signal?.throwIfAborted();
    if (!hasWaited) log("Another build of this checkout is running; waiting for it to finish …");
    hasWaited = true;
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }
  try {
    if (!needsBuild(root)) return false;
    log("Building the app (first start, or the sources changed); this takes a few minutes …");
    await runNextBuild(root, env, log, signal);
    return true;
  } finally {
    rmSync(lock, { force: true });
  }
}
