import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { readRows } from "@/lib/db/read-rows";
import { identityOwnersQuery } from "./eligibility-queries";
import type { CustomerIdentifier } from "@/lib/validation/eligibility";

const MAX_MERGE_HOPS = 10;

/**
 * The customer each identifier names, or null, in at most two queries. Identities follow their
 * customer through merges; a Gastvrij id of a merged-away customer follows the merge records to the
 * survivor. A shared web id (one device, many people) names no one.
 */
export async function resolveCustomerIdentifiers(
  identifiers: readonly CustomerIdentifier[],
): Promise<(string | null)[]> {
  const identities = identifiers.filter((identifier) => identifier.kind !== "customer");
  const ids = [...new Set(identifiers.filter((i) => i.kind === "customer").map((i) => i.value))];
  const [owners, survivors] = await Promise.all([
    identities.length === 0
      ? []
      : readRows<{ type: string; value: string; customerId: string }>(identityOwnersQuery(identities)),
    ids.length === 0
      ? []
      : readRows<{ start: string; id: string }>(Prisma.sql`
          WITH RECURSIVE chain (start, id, depth) AS (
            SELECT requested, requested, 0 FROM unnest(${ids}::uuid[]) AS requested
            UNION ALL
            SELECT chain.start, hop."survivorId", chain.depth + 1
            FROM chain
            CROSS JOIN LATERAL (
              SELECT m."survivorId" FROM "MergeRecord" m
              WHERE m."mergedId" = chain.id AND m."undoneAt" IS NULL
              ORDER BY m."createdAt" DESC LIMIT 1
            ) hop
            WHERE chain.depth < ${MAX_MERGE_HOPS} AND NOT EXISTS (SELECT 1 FROM "Customer" c WHERE c.id = chain.id)
          )
          SELECT DISTINCT ON (start) start::text, id::text FROM chain
          WHERE EXISTS (SELECT 1 FROM "Customer" c WHERE c.id = chain.id)
          ORDER BY start, depth`),
  ]);
  const ownerOf = new Map(owners.map((row) => [`${row.type}:${row.value}`, row.customerId]));
  const survivorOf = new Map(survivors.map((row) => [row.start, row.id]));
  return identifiers.map((identifier) =>
    identifier.kind === "customer"
      ? (survivorOf.get(identifier.value) ?? null)
      : (ownerOf.get(`${identifier.kind}:${identifier.value}`) ?? null),
  );
}
