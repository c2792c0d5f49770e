import "server-only";
import { db } from "@/lib/db/client";
import type { IdentifierKind } from "@/lib/validation/normalize-identifier";
import { suppressionHash } from "./privacy-keys";

interface Candidate {
  index: number;
  identifiers: { kind: IdentifierKind; value: string }[];
}

/**
 * The indexes of items carrying an identifier of an erased customer, in one indexed query per
 * batch. Such an item is dropped whole: any other identifier in it would bring the person back.
 */
export async function findSuppressed(items: Candidate[]): Promise<Set<number>> {
  const owners = new Map<string, number[]>();
  for (const item of items) {
    for (const identifier of item.identifiers) {
      const key = `${identifier.kind}\u0000${suppressionHash(identifier.kind, identifier.value)}`;
      owners.set(key, [...(owners.get(key) ?? []), item.index]);
    }
  }
  if (owners.size === 0) return new Set();
  const pairs = [...owners.keys()].map((key) => key.split("\u0000") as [string, string]);
  const hits = await db.$queryRaw<{ type: string; hash: string }[]>`
    SELECT s.type::text AS type, s.hash FROM "Suppression" s
    JOIN unnest(${pairs.map((p) => p[0])}::text[], ${pairs.map((p) => p[1])}::text[]) AS b(type, hash)
      ON s.type = b.type::"IdentityType" AND s.hash = b.hash
    WHERE s."liftedAt" IS NULL`;
  return new Set(hits.flatMap((hit) => owners.get(`${hit.type}\u0000${hit.hash}`) ?? []));
}
