import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db/client";

// A claim is "in flight" until the first request answers. If that request's process dies, the claim
// may be taken over after IN_FLIGHT_LEASE by a retry of the same request. Answers are kept for a day.
const IN_FLIGHT_LEASE_SECONDS = 30;
const KEEP_HOURS = 24;

export type IdempotencyClaim = { kind: "claimed" } | { kind: "replay"; status: number; body: string };

export function idempotencyKeyFrom(header: string | null): string | null {
  if (header === null) return null;
  if (!/^[\x21-\x7e]{1,255}$/.test(header)) {
    throw new AppError("invalid_idempotency_key", "Idempotency-Key must be 1–255 visible ASCII characters.", {
      issues: [{ path: "headers.Idempotency-Key", message: "1–255 visible ASCII characters" }],
    });
  }
  return header;
}

export function requestHash(method: string, path: string, body: string): string {
  return createHash("sha256").update(`${method} ${path}\n`).update(body).digest("hex");
}

interface ExistingRow {
  requestHash: string;
  status: "in_flight" | "completed";
  responseStatus: number | null;
  responseBody: string | null;
  waitSeconds: number;
}

/** Claims the key for this request, or says what to answer instead (replay, 409 or 422). */
export async function claimIdempotencyKey(
  apiKeyId: string,
  key: string,
  hash: string,
): Promise<IdempotencyClaim> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const claimed = await db.$queryRaw<{ key: string }[]>`
      INSERT INTO "IdempotencyRecord" ("apiKeyId", key, "requestHash", status, "lockedUntil", "expiresAt", "createdAt")
      VALUES (${apiKeyId}::uuid, ${key}, ${hash}, 'in_flight',
              timezone('UTC', now()) + make_interval(secs => ${IN_FLIGHT_LEASE_SECONDS}),
              timezone('UTC', now()) + make_interval(hours => ${KEEP_HOURS}), timezone('UTC', now()))
      ON CONFLICT ("apiKeyId", key) DO UPDATE SET
        "requestHash" = EXCLUDED."requestHash", status = 'in_flight', "lockedUntil" = EXCLUDED."lockedUntil",
        "expiresAt" = EXCLUDED."expiresAt", "createdAt" = EXCLUDED."createdAt", "responseStatus" = NULL, "responseBody" = NULL
      WHERE "IdempotencyRecord"."expiresAt" < timezone('UTC', now())
         OR ("IdempotencyRecord".status = 'in_flight' AND "IdempotencyRecord"."lockedUntil" < timezone('UTC', now())
             AND "IdempotencyRecord"."requestHash" = EXCLUDED."requestHash")
      RETURNING key`;
    if (claimed.length > 0) {
      if (Math.random() < 0.01) await deleteExpired();
      return { kind: "claimed" };
    }
    const [existing] = await db.$queryRaw<ExistingRow[]>`
      SELECT "requestHash", status::text AS status, "responseStatus", "responseBody",
             GREATEST(1, CEIL(EXTRACT(EPOCH FROM ("lockedUntil" - timezone('UTC', now())))))::int AS "waitSeconds"
      FROM "IdempotencyRecord" WHERE "apiKeyId" = ${apiKeyId}::uuid AND key = ${key}`;
    if (!existing) continue; // released between our two statements: try to claim again
    if (existing.requestHash !== hash) {
      throw new AppError(
        "idempotency_key_reused",
        "This Idempotency-Key was already used with a different request body. Use a new key for a new request.",
      );
    }
    if (existing.status === "in_flight") {
      throw new AppError(
        "idempotency_in_flight",
        "A request with this Idempotency-Key is still being processed. Retry after it finishes.",
        {
          headers: { "Retry-After": String(existing.waitSeconds) },
        },
      );
    }
    return { kind: "replay", status: existing.responseStatus ?? 200, body: existing.responseBody ?? "{}" };
  }
  throw new AppError("idempotency_in_flight", "The Idempotency-Key is busy. Retry shortly.", {
    headers: { "Retry-After": "1" },
  });
}

export async function completeIdempotencyKey(
  apiKeyId: string,
  key: string,
  hash: string,
  status: number,
  body: string,
): Promise<void> {
  await db.$executeRaw`
    UPDATE "IdempotencyRecord" SET status = 'completed', "responseStatus" = ${status}, "responseBody" = ${body},
      "lockedUntil" = timezone('UTC', now())
    WHERE "apiKeyId" = ${apiKeyId}::uuid AND key = ${key} AND "requestHash" = ${hash}`;
}

/** After a failure on our side the claim is dropped, so the client's retry runs again. */
export async function releaseIdempotencyKey(apiKeyId: string, key: string, hash: string): Promise<void> {
  await db.$executeRaw`
    DELETE FROM "IdempotencyRecord"
    WHERE "apiKeyId" = ${apiKeyId}::uuid AND key = ${key} AND "requestHash" = ${hash} AND status = 'in_flight'`;
}

async function deleteExpired(): Promise<void> {
  await db.$executeRaw`
    DELETE FROM "IdempotencyRecord" WHERE ctid IN (
      SELECT ctid FROM "IdempotencyRecord" WHERE "expiresAt" < timezone('UTC', now()) LIMIT 1000)`;
}
