// Runs scripts/evaluate-contact-history.ts against a database in a child process: the data layer
// it uses is server-only code, which loads only under the react-server export condition.
import { spawn } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export function evaluateContactHistory(
  databaseUrl: string,
  log: (line: string) => void = console.log,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "--conditions",
        "react-server",
        path.join(ROOT, "scripts/evaluate-contact-history.ts"),
      ],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ["ignore", "pipe", "inherit"] },
    );
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      for (const line of chunk.split("\n")) if (line.trim()) log(line);
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`evaluating contact history exited with ${code}`)),
    );
  });
}
