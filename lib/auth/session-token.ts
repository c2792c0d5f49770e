import "server-only";
import { decode } from "next-auth/jwt";

// The staff session cookie, read the way next-auth writes it, without next-auth's getServerSession.
// That call runs the whole auth handler per request (derive the key, decrypt, run the callbacks,
// encrypt a refreshed token that an App Router request can't even set) and was the largest part of
// an authenticated API request after the query itself. The cookie only carries the StaffSession id;
// whether that session still counts is decided against the database on every request
// (load-session-actor.ts), so remembering what a token decrypts to changes no decision.

interface CookieReader {
  get(name: string): { value: string } | undefined;
}

/** The session token from the request's cookies: the one cookie next-auth manages under `name`. */
export function sessionTokenFrom(cookies: CookieReader, name: string): string | null {
  return cookies.get(name)?.value || null;
}

interface Decoded {
  sid: string | null;
  /** When the token expires (ms), as its exp claim says. */
  expiresAt: number;
}

/** Tokens already decrypted in this process; bounded, oldest dropped first. */
const MAX_REMEMBERED = 10_000;
const remembered = new Map<string, Decoded>();

/** Accepted past exp, as next-auth's own decode does (clockTolerance: 15 s). */
const CLOCK_TOLERANCE_MS = 15_000;

/**
 * The StaffSession id a token carries, or null when it is missing, expired, forged or unreadable
 * with this secret. A token is decrypted once; later requests with it reuse the result until it
 * expires.
 */
export async function sessionIdFromToken(
  token: string | null,
  secret: string,
  now = Date.now(),
): Promise<string | null> {
  if (!token) return null;
  let decoded = remembered.get(token);
  if (!decoded) {
    const payload = await decode({ token, secret }).catch(() => null);
    if (!payload || typeof payload.exp !== "number") return null;
    decoded = { sid: typeof payload.sid === "string" ? payload.sid : null, expiresAt: payload.exp * 1000 };
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
    remembered.set(token, decoded);
  }
  if (decoded.expiresAt + CLOCK_TOLERANCE_MS <= now) {
    remembered.delete(token);
    return null;
  }
  return decoded.sid;
}
