import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";
import type { IdentifierKind } from "@/lib/validation/normalize-identifier";

// Two keys derived from one server secret, each for one purpose, so a leaked download signature says
// nothing about suppression hashes and the other way round.
function derivedKey(purpose: string): Buffer {
  const secret = env.PRIVACY_SECRET ?? env.NEXTAUTH_SECRET;
  return createHmac("sha256", secret).update(`gastvrij/${purpose}/v1`).digest();
}

let suppressionKey: Buffer | null = null;
let downloadKey: Buffer | null = null;

/** Keyed hash of an identifier: without the server secret it can't be reversed or guessed offline. */
export function suppressionHash(kind: IdentifierKind, normalizedValue: string): string {
  suppressionKey ??= derivedKey("suppression");
  return createHmac("sha256", suppressionKey).update(`${kind}:${normalizedValue}`).digest("hex");
}

export function signDownload(payload: string): string {
  downloadKey ??= derivedKey("privacy-download");
  return createHmac("sha256", downloadKey).update(payload).digest("base64url");
}
