import { randomBytes } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const SECRET_FILE = path.resolve(import.meta.dirname, "../../.data/nextauth-secret");

/** A per-checkout session-signing secret for local runs, kept in .data/ so sessions survive restarts. */
export function localAuthSecret(): string {
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, "utf8").trim();
  mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  // Written whole under another name, then linked into place: two runs starting at once never read
  // a half-written file, and the second keeps the first one's secret.
  const draft = `${SECRET_FILE}.${process.pid}`;
  writeFileSync(draft, randomBytes(32).toString("base64url"), { mode: 0o600 });
  try {
    linkSync(draft, SECRET_FILE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  return readFileSync(SECRET_FILE, "utf8").trim();
}
