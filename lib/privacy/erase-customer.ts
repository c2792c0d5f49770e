import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { forgetContactBadges } from "@/lib/contact-pressure/contact-badge-cache";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { uuidV7 } from "@/lib/db/uuid-v7";
import { erasureTerms, likePatterns, scrubText, termPatterns } from "./erasure-terms";
import { scrubRows } from "./scrub-rows";
import { suppressIdentities } from "./suppress-identities";
import { notFound } from "@/lib/i18n/ref-errors";

type Tx = Prisma.TransactionClient;

export interface EraseOptions {
  reason: string;
  /** "admin" and "api" suppress the identifiers; "retention" anonymises without suppressing. */
  origin: "admin" | "api" | "retention";
  actor?: Pick<Actor, "id" | "email" | "ip" | "userAgent"> | null;
  /** Retention: erase only if the customer is still inactive since before this moment, under the lock. */
  inactiveBefore?: Date;
}

export interface ErasureResult {
  erasureId: string;
  customerId: string;
  pseudonym: string;
  counts: Record<string, number>;
  durationMs: number;
}

/** "ERASED-7F3A9C21": random, so nothing about the person can be read back from it. */
export function newPseudonym(): string {
  return `ERASED-${randomBytes(4).toString("hex").toUpperCase()}`;
}

/**
 * Erases one customer in one transaction: every table's personal data is deleted or replaced, the
 * customer row stays as a pseudonymous stub so counts and associations hold, and (unless this is
 * retention) the identifiers are kept only as keyed hashes that make ingestion drop them.
 */
export async function eraseCustomer(customerId: string, options: EraseOptions): Promise<ErasureResult> {
  const started = performance.now();
  const result = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET LOCAL lock_timeout = '5s'`;
      return eraseInTransaction(tx, customerId, options, started);
    },
    { timeout: 120_000, maxWait: 15_000 },
  );
  forgetContactBadges([customerId]);
  return result;
}

/**
 * The customer and every record merged into it, however deep (A into B, then B into C): their merge
 * snapshots all hold this one person's data.
 */
function mergeTree(customerId: string): Prisma.Sql {
  return Prisma.sql`WITH RECURSIVE tree(id) AS (
      SELECT ${customerId}::uuid
      UNION SELECT m."mergedId" FROM "MergeRecord" m JOIN tree ON m."survivorId" = tree.id)
    SELECT id FROM tree`;
}

/** A guest who came back between retention's pick and this lock is not erased. */
function stillInactive(before: Date | undefined): Prisma.Sql {
  if (!before) return Prisma.empty;
  const at = before.toISOString();
  return Prisma.sql`AND coalesce("lastSeenAt", "firstSeenAt") < ${at}::timestamp`;
}

async function eraseInTransaction(
  tx: Tx,
  customerId: string,
  options: EraseOptions,
  started: number,
): Promise<ErasureResult> {
  const [customer] = await tx.$queryRaw<{ names: (string | null)[] }[]>`
    SELECT ARRAY["firstName", "lastName", "preferredName", street,
      concat_ws(' ', "firstName", "lastName")] AS names
    FROM "Customer" WHERE id = ${customerId}::uuid AND "erasedAt" IS NULL ${stillInactive(options.inactiveBefore)}
    FOR UPDATE`;
  if (!customer) throw notFound("errors.notFound.customerOrErased");

  const identities = await tx.$queryRaw<
    { type: string; rawValue: string; normalizedValue: string; isShared: boolean }[]
  >`SELECT type::text AS type, "rawValue", "normalizedValue", "isShared" FROM "Identity" WHERE "customerId" = ${customerId}::uuid`;
  const [refs] = await tx.$queryRaw<{ references: string[]; mergedNames: (string | null)[] }[]>`
    SELECT
      ARRAY(SELECT reference FROM "Booking" WHERE "customerId" = ${customerId}::uuid
        UNION ALL SELECT "orderNumber" FROM "Order" WHERE "customerId" = ${customerId}::uuid
        UNION ALL SELECT reference FROM "ServiceCase" WHERE "customerId" = ${customerId}::uuid) AS references,
      ARRAY(SELECT unnest(ARRAY[m.snapshot->'merged'->>'firstName', m.snapshot->'merged'->>'lastName',
          m.snapshot->'merged'->>'preferredName', m.snapshot->'merged'->>'street'])
        FROM "MergeRecord" m WHERE m."survivorId" = ANY(ARRAY(${mergeTree(customerId)}))) AS "mergedNames"`;
  const terms = erasureTerms({
    names: [...customer.names, ...(refs?.mergedNames ?? [])],
    identities,
    references: refs?.references ?? [],
  });
  const patterns = { likes: likePatterns(terms), regexes: termPatterns(terms) };

  const pseudonym = newPseudonym();
  const erasureId = uuidV7();
  const isSuppressing = options.origin !== "retention";
  const counts: Record<string, number> = {
    suppressed: isSuppressing ? await suppressIdentities(tx, identities, erasureId) : 0,
    ...(await scrubRows(tx, customerId, patterns, pseudonym)),
  };

  const reason = scrubText(options.reason, terms, pseudonym);
  const durationMs = Math.round(performance.now() - started);
  await tx.erasure.create({
    data: {
      id: erasureId,
      customerId,
      pseudonym,
      reason,
      origin: options.origin,
      erasedById: options.actor?.id ?? null,
      erasedByEmail: options.actor?.email ?? null,
      counts,
      durationMs,
    },
  });
  await recordAudit(
    {
      action: "customer.erase",
      actor: options.actor ?? null,
      customerId,
      reason,
      details: { pseudonym, origin: options.origin, counts },
    },
    tx,
  );
  return { erasureId, customerId, pseudonym, counts, durationMs };
}
