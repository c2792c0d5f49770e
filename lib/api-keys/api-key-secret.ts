import { createHash, randomBytes } from "node:crypto";

// 256 random bits: guessing is hopeless, so a plain SHA-256 (fast, indexable) is a safe hash. A slow
// password hash would cost every API request a few hundred milliseconds for no gain.
const PREFIX = "gv_";

export function generateApiKey(): { key: string; keyHash: string; prefix: string } {
  const key = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  return { key, keyHash: hashApiKey(key), prefix: key.slice(0, 10) };
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}
