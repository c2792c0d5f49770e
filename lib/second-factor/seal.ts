import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// Authenticator-app secrets at rest: AES-256-GCM under a key derived from NEXTAUTH_SECRET with HKDF,
// so a database dump alone does not yield codes. Rotating NEXTAUTH_SECRET makes every stored secret
// unreadable: users then enrol their authenticator app again (or use a passkey / recovery code).
const SALT = "gastvrij second factor";
const INFO = "totp secret v1";

function key(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, SALT, INFO, 32));
}

/** "v1.<iv>.<ciphertext>.<tag>", each base64url. */
export function sealSecret(plain: string, secret = env.NEXTAUTH_SECRET): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(secret), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, body, cipher.getAuthTag()]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

export function openSealed(sealed: string, secret = env.NEXTAUTH_SECRET): string {
  const [version, iv, body, tag] = sealed.split(".");
  if (version !== "v1" || !iv || !body || !tag) throw new Error("Unreadable sealed secret.");
  const decipher = createDecipheriv("aes-256-gcm", key(secret), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
