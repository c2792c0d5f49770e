import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const SECRET_FILE = path.resolve(import.meta.dirname, "../../.data/nextauth-secret");

/** A per-checkout session-signing secret for local runs, kept in .data/ so sessions survive restarts. */
export function localAuthSecret(): string {
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, "utf8").trim();
  mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(SECRET_FILE, secret, { mode: 0o600 });
  return secret;
}
