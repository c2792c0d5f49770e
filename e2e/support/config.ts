// One e2e run's own port, database, state file and output folders, so two runs on one machine, or
// in one checkout, never meet. Playwright evaluates its config in the main process and again in
// every worker; the first evaluation picks the values and puts them in the environment, which the
// workers and the web server (e2e/support/serve.ts) inherit, so all of them agree.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** A port nobody listens on now; Playwright's config is synchronous, so a child process asks the OS. */
function freePort(): number {
  const script =
    'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})';
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
}

/** Each run leaves its report behind for a look afterwards; a day later it goes. */
function pruneOldRuns(): void {
  const dayAgo = Date.now() - 86_400_000;
  for (const folder of ["test-results/e2e", "playwright-report", ".data/e2e"]) {
    const dir = path.join(ROOT, folder);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (/^run-|\.json$/.test(entry) && statSync(full).mtimeMs < dayAgo)
        rmSync(full, { recursive: true, force: true });
    }
  }
}

if (!process.env.E2E_RUN_ID) {
  process.env.E2E_RUN_ID = randomBytes(4).toString("hex");
  pruneOldRuns();
}
process.env.E2E_PORT ||= String(freePort());
process.env.E2E_DATABASE ||= `gastvrij_e2e_${process.env.E2E_RUN_ID}`;

export const E2E_RUN_ID = process.env.E2E_RUN_ID;
export const E2E_PORT = Number(process.env.E2E_PORT);
export const E2E_DATABASE = process.env.E2E_DATABASE;
/** Written by serve.ts once the database is ready: where the factories in the tests connect. */
export const E2E_STATE_FILE = path.join(ROOT, ".data", "e2e", `${E2E_RUN_ID}.json`);
/** Screenshots and traces of this run; Playwright empties its output folder when a run starts. */
export const E2E_OUTPUT_DIR = path.join(ROOT, "test-results", "e2e", `run-${E2E_RUN_ID}`);
export const E2E_REPORT_DIR = path.join(ROOT, "playwright-report", `run-${E2E_RUN_ID}`);
