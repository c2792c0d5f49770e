import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { uuidV7 } from "@/lib/db/uuid-v7";
import { PREPARED } from "@/lib/db/prepared-statements";

// Every search writes its "customer.search" audit entry in the same statement that finds the
// customers: a data-modifying CTE. Through Prisma each statement costs about 2 ms of Node CPU, a
// separate insert would double the search's cost. The columns are recordAudit's
// (lib/audit/record-audit.ts); customer-search.test.ts checks the entries match. The statements have
// a few fixed shapes (the values are parameters), so they are prepared once per pooled connection
// and their plans reused: planning cost as much as running them.

export type SearchAudit = { actor: Actor; query: string; via: "palette" | "list"; limit: number };

/** A statement step of the search: its candidate rows, and whether it must audit even if empty. */
export type AuditedStep = { candidates: Prisma.Sql; isLastStep: boolean };

/**
 * Runs `candidates` (rows ordered by a `position` column) and records the audit entry when this step
 * found someone or is the search's last step, so a search that falls through to a later step is
 * audited once, by the step that answered it.
 */
export function audited({ candidates, isLastStep }: AuditedStep, audit: SearchAudit): Prisma.Sql {
  const { actor, query, via, limit } = audit;
  return Prisma.sql`${PREPARED}
    WITH hits AS MATERIALIZED (${candidates}),
    audit AS (
      INSERT INTO "AuditEntry" (id, "actorId", "actorEmail", action, ip, "userAgent", details)
      SELECT ${uuidV7()}::uuid, ${actor.id}::uuid, ${actor.email}, 'customer.search', ${actor.ip},
        ${actor.userAgent?.slice(0, 500) ?? null},
        jsonb_build_object('query', ${query}::text, 'results', LEAST((SELECT count(*) FROM hits), ${limit}::int),
          'via', ${via}::text)
      WHERE ${isLastStep} OR EXISTS (SELECT 1 FROM hits)
    )
    SELECT * FROM hits ORDER BY position`;
}
