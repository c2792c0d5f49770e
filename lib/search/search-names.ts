import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { SURNAME_KEY_SQL } from "./search-name-key";
import { exactProbes, nearProbes, type NameProbe } from "./search-name-probes";

// Finding customers by name at 1,000,000 rows in a few milliseconds. Trigram scans cost time in
// proportion to how common the typed words are, so "de vries" or "jan jansen" took 100+ ms. Here each
// step reads a handful of btree ranges that stop after a few rows, whatever the name
// (search-name-probes.ts says which):
//   1. exact: the typed text as a prefix of "first last", of the surname key ("vries" for "de Vries"),
//      and as "surname first" ("jansen an");
//   2. near, only when step 1 finds nobody: shorter prefixes ("jansenn" → "jansen…") and one-letter
//      corrections ("jasnen" → "jansen…");
//   3. trigram, only when both find nobody (say a wrong first letter, "fries"): pg_trgm's GIN index
//      with a raised threshold, so it reads few candidates.
// Every step keeps only names similar enough to what was typed (NEAR_MIN_SCORE), so "van der heiden"
// does not stop at "Heidenreich", a prefix of its surname key, but goes on to "van der Heijden".
// All probes of a step share one subquery (a LATERAL join over the list of ranges): planned as
// separate subqueries, three probes cost more to plan than to run.

const SEARCH_NAME = Prisma.sql`c."searchName" COLLATE "C"`;
/** A row count written into the statement, so a reused (prepared) plan still knows it. */
export const literal = (count: number) => Prisma.raw(String(Math.trunc(count)));
const SURNAME = Prisma.sql`(${Prisma.raw(SURNAME_KEY_SQL)}) COLLATE "C"`;

/** Customer columns every name step returns. */
export const NAME_HIT_COLUMNS = Prisma.sql`c.id, c."firstName", c."lastName", c."preferredName", c.city, c."lastSeenAt", c."firstTouchChannel", c."searchName"`;

/** Below this word similarity a candidate shares too little with what was typed to be shown. */
export const NEAR_MIN_SCORE = 0.5;
/** Rows read per range when correcting spelling: a palette's worth, few enough to stay cheap. */
const NEAR_PER_RANGE = 9;
/** Rows read per shortened prefix: a sample of the names a letter or two away, to be ranked. */
const NEAR_PER_SAMPLE = 3;

function probesSql(probes: NameProbe[], visible: Prisma.Sql, perProbe: number, tier: number): Prisma.Sql {
  const column = (pick: (probe: NameProbe) => string) => Prisma.sql`${probes.map(pick)}::text[]`;
  // One branch per index and row budget. The LIMITs are literal constants on purpose: with a LIMIT
  // the planner cannot see (a column, or a parameter in a reused plan) it plans to read whole ranges.
  const branch = (index: NameProbe["index"], isSample: boolean) => {
    const where =
      index === "name"
        ? Prisma.sql`${SEARCH_NAME} >= p.from0 AND ${SEARCH_NAME} < p.to0`
        : Prisma.sql`(${SURNAME}, ${SEARCH_NAME}) >= (p.from0, p.from1) AND (${SURNAME}, ${SEARCH_NAME}) < (p.to0, p.to1)`;
    const order = index === "name" ? SEARCH_NAME : Prisma.sql`${SURNAME}, ${SEARCH_NAME}`;
    const rows = isSample ? Math.min(perProbe, NEAR_PER_SAMPLE) : perProbe;
    return Prisma.sql`(SELECT ${NAME_HIT_COLUMNS} FROM "Customer" c
      WHERE p.index = ${index} AND p.sample = ${isSample} AND ${where} AND ${visible}
      ORDER BY ${order} LIMIT ${literal(rows)})`;
  };
  const branches = (["name", "surname"] as const).flatMap((index) =>
    [false, true]
      .filter((isSample) => probes.some((p) => p.index === index && Boolean(p.isSample) === isSample))
      .map((isSample) => branch(index, isSample)),
  );
  return Prisma.sql`
    SELECT found.*, ${tier}::int AS tier, p.target FROM unnest(
      ${column((p) => p.index)}, ${Prisma.sql`${probes.map((p) => Boolean(p.isSample))}::boolean[]`},
      ${column((p) => p.from[0])}, ${column((p) => p.from[1])}, ${column((p) => p.to[0])}, ${column((p) => p.to[1])},
      ${column((p) => p.target)}
    ) AS p(index, sample, from0, from1, to0, to1, target)
    CROSS JOIN LATERAL (${Prisma.join(branches, " UNION ALL ")}) found`;
}

/**
 * Candidates (with a `target` column) ranked by word similarity to their target, each customer
 * once, those below NEAR_MIN_SCORE left out; ties go to the name closest to `folded` as a whole.
 */
function ranked(candidates: Prisma.Sql, folded: string, take: number): Prisma.Sql {
  return Prisma.sql`
    SELECT * FROM (
      SELECT DISTINCT ON (id) *, word_similarity(target, "searchName") AS score FROM (${candidates}) found
      ORDER BY id, score DESC
    ) scored
    WHERE score >= ${NEAR_MIN_SCORE}
    ORDER BY score DESC, similarity("searchName", ${folded}) DESC, "lastName", "firstName", id
    LIMIT ${literal(take)}`;
}

// Steps 1 and 2 are separate statements, the second run only when the first found nobody: planned
// as one statement (the near part gated by a one-time filter) they cost ten times more to plan.

/** Step 1. Rows: NAME_HIT_COLUMNS, tier, target and score, best first. */
export function nameCandidates(folded: string, visible: Prisma.Sql, take: number): Prisma.Sql {
  return ranked(probesSql(exactProbes(folded), visible, Math.max(take, 9), 1), folded, take);
}

/** Step 2, or null when the query is too short to shorten or correct. */
export function nearCandidates(folded: string, visible: Prisma.Sql, take: number): Prisma.Sql | null {
  const probes = nearProbes(folded);
  if (probes.length === 0) return null;
  return ranked(probesSql(probes, visible, Math.min(take, NEAR_PER_RANGE), 2), folded, take);
}

/**
 * Step 3, run with pg_trgm.word_similarity_threshold raised to NEAR_MIN_SCORE (SET LOCAL), on the
 * longest word only: trigram scans cost in proportion to how common the words are, and short words
 * like "de" or "jan" are the most common of all. Null when no word has 4 letters.
 */
export function trigramCandidates(folded: string, visible: Prisma.Sql, take: number): Prisma.Sql | null {
  const word = folded
    .split(" ")
    .reduce((longest, next) => (next.length > longest.length ? next : longest), "");
  if (word.length < 4) return null;
  const candidates = Prisma.sql`
    SELECT ${NAME_HIT_COLUMNS}, 3 AS tier, ${word}::text AS target FROM "Customer" c
    WHERE ${word} <% c."searchName" AND ${visible}
    LIMIT ${literal(Math.max(50, take))}`;
  return ranked(candidates, folded, take);
}
