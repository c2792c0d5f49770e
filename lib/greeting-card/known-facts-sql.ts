import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { asWritten, utc, type JsonRow, type TextMask } from "./card-sql";
import type { KnownFact, KnownFacts } from "./card-types";

/** The card shows the newest few; the timeline holds the rest. */
const SHOWN = 4;
/** Read a little more than shown, so repeats of the same fact can be dropped. */
const READ = 40;

export type KnownFactsJson = JsonRow<KnownFact>[];

/**
 * What the customer already told us (CustomerFact), newest first, each with its source, date and who
 * recorded it where, as one JSON value for the card's statement. Walks CustomerFact (customerId,
 * recordedAt desc).
 */
export function knownFactsSql(id: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT COALESCE(json_agg(f ORDER BY f."recordedAt" DESC, f.id DESC), '[]'::json) FROM (
      SELECT f.id, f.kind, f.label, f.value, f.source, f."recordedAt",
        l.name AS "locationName", s.name AS "recordedByName"
      FROM "CustomerFact" f
      LEFT JOIN "Location" l ON l.id = f."locationId"
      LEFT JOIN "StaffUser" s ON s.id = f."recordedById"
      WHERE f."customerId" = ${id}
      ORDER BY f."recordedAt" DESC, f.id DESC
      LIMIT ${READ}) f)`;
}

/** A fact recorded twice in the same words is shown once. */
export function toKnownFacts(json: KnownFactsJson, text: TextMask = asWritten): KnownFacts {
  const seen = new Set<string>();
  const unique = json.filter((fact) => {
    const key = `${fact.kind}\u0000${fact.label.trim().toLowerCase()}\u0000${fact.value.trim().toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    items: unique.slice(0, SHOWN).map((fact) => ({
      ...fact,
      label: text(fact.label),
      value: text(fact.value),
      recordedAt: utc(fact.recordedAt),
    })),
    hasMore: unique.length > SHOWN,
  };
}
