// Recomputes CategoryAssociation from every order: one order is one basket, and for each pair of
// categories in a basket we count it, then derive confidence and lift. Plain `pg` and relative
// imports (no "server-only"), so the seed, scripts/refresh-advice.ts and the app share it.
import type pg from "pg";

/** pg_advisory lock key ("advc"), so two refreshes never run at once. */
const LOCK_KEY = 0x61647663;

// One pass over the order lines. Each order's distinct categories become an array, plus a NULL
// marker, and unnesting it twice yields every (a, c) in the basket, so one GROUP BY counts at once:
// pairs (a <> c), how many orders hold a category (a = c) and how many orders there are
// (NULL, NULL). No self-join of order lines, and the one CTE read three times is the small result.
const REFRESH_SQL = `
INSERT INTO "CategoryAssociation"
  (antecedent, consequent, "pairCount", "antecedentCount", confidence, lift, "computedAt")
WITH counts AS (
  SELECT a, c, count(*) AS orders
  FROM (
    SELECT array_agg(DISTINCT category) || NULL::text AS categories FROM "OrderLine" GROUP BY "orderId"
  ) AS basket,
  unnest(basket.categories) AS a,
  unnest(basket.categories) AS c
  GROUP BY a, c
)
SELECT pair.a, pair.c, pair.orders, antecedent.orders,
  pair.orders / antecedent.orders::float8,
  (pair.orders / antecedent.orders::float8) / (consequent.orders / total.orders::float8),
  $1::timestamp
FROM counts pair
JOIN counts antecedent ON antecedent.a = pair.a AND antecedent.c = pair.a
JOIN counts consequent ON consequent.a = pair.c AND consequent.c = pair.c
JOIN counts total ON total.a IS NULL AND total.c IS NULL
WHERE pair.a <> pair.c`;

export type RefreshResult = { pairs: number; computedAt: Date; elapsedMs: number };

/**
 * Replaces the associations in one transaction, so readers see either the old set or the new one.
 * Returns null without doing anything when another refresh holds the lock (with `skipIfBusy`), or
 * when, once the lock is held, the associations turn out computed at or after `onlyIfOlderThan`:
 * another app server refreshed them between this one's look at their age and its turn at the lock.
 */
export async function refreshCategoryAssociations(
  client: pg.ClientBase,
  {
    now = new Date(),
    skipIfBusy = false,
    onlyIfOlderThan,
  }: { now?: Date; skipIfBusy?: boolean; onlyIfOlderThan?: Date } = {},
): Promise<RefreshResult | null> {
  const started = performance.now();
  await client.query("BEGIN");
  try {
    if (skipIfBusy) {
      const { rows } = await client.query<{ locked: boolean }>(
        "SELECT pg_try_advisory_xact_lock($1) AS locked",
        [LOCK_KEY],
      );
      if (!rows[0]?.locked) {
        await client.query("ROLLBACK");
        return null;
      }
    } else {
      await client.query("SELECT pg_advisory_xact_lock($1)", [LOCK_KEY]);
    }
    if (onlyIfOlderThan) {
      const { rows } = await client.query<{ fresh: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM "CategoryAssociation" WHERE "computedAt" >= $1::timestamp) AS fresh`,
        [onlyIfOlderThan.toISOString().replace("Z", "")],
      );
      if (rows[0]?.fresh) {
        await client.query("ROLLBACK");
        return null;
      }
    }
    // Timestamps are stored as UTC wall time (Prisma's convention for timestamp(3) columns).
    // A batch job: enough memory to aggregate without spilling, and no JIT warm-up for one query.
    await client.query(`SET LOCAL work_mem = '64MB'; SET LOCAL jit = off`);
    await client.query(`DELETE FROM "CategoryAssociation"`);
    const inserted = await client.query(REFRESH_SQL, [now.toISOString().replace("Z", "")]);
    await client.query("COMMIT");
    return {
      pairs: inserted.rowCount ?? 0,
      computedAt: now,
      elapsedMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
