import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ResolutionPlan } from "./resolve-identities";
import { uuidV7 } from "@/lib/db/uuid-v7";

type Tx = Prisma.TransactionClient;

/** A pair is suggested once; a dismissed pair stays dismissed. */
export async function insertSuggestions(tx: Tx, suggestions: ResolutionPlan["suggestions"]): Promise<void> {
  if (suggestions.length === 0) return;
  const rows = suggestions
    .map((s) => ({ id: uuidV7(), a: s.a, b: s.b, type: s.kind, value: s.value }))
    .sort((x, y) => (`${x.a}${x.b}` < `${y.a}${y.b}` ? -1 : 1));
  await tx.$executeRaw`
    INSERT INTO "DuplicateSuggestion" (id, "customerAId", "customerBId", "identityType", "normalizedValue", status, "createdAt")
    SELECT x.id, x.a, x.b, x.type::"IdentityType", x.value, 'open', timezone('UTC', now())
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(id uuid, a uuid, b uuid, type text, value text)
    ORDER BY x.a, x.b
    ON CONFLICT ("customerAId", "customerBId") DO NOTHING`;
}
