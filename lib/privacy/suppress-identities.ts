import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IdentifierKind } from "@/lib/validation/normalize-identifier";
import { uuidV7 } from "@/lib/db/uuid-v7";
import { suppressionHash } from "./privacy-keys";

/**
 * Keeps each identifier of an erased customer as a keyed hash. A shared web id (a family tablet)
 * belongs to more people than this one, so it is never suppressed. Re-erasing a lifted identifier
 * suppresses it again.
 */
export async function suppressIdentities(
  tx: Prisma.TransactionClient,
  identities: { type: string; normalizedValue: string; isShared: boolean }[],
  erasureId: string,
): Promise<number> {
  const kept = identities.filter((identity) => !identity.isShared);
  if (kept.length === 0) return 0;
  const types = kept.map((identity) => identity.type);
  const hashes = kept.map((identity) =>
    suppressionHash(identity.type as IdentifierKind, identity.normalizedValue),
  );
  const ids = kept.map(() => uuidV7());
  return tx.$executeRaw`
    INSERT INTO "Suppression" (id, type, hash, "erasureId")
    SELECT id, type::"IdentityType", hash, ${erasureId}::uuid
    FROM unnest(${ids}::uuid[], ${types}::text[], ${hashes}::text[]) AS s(id, type, hash)
    ON CONFLICT (type, hash) DO UPDATE
      SET "erasureId" = EXCLUDED."erasureId", "liftedAt" = NULL, "liftedById" = NULL, "liftReason" = NULL`;
}
