// Seeds the demo data set: the chain's locations, N customers with their journeys, today's arrivals
// and pickups, and for large runs a few long-history customers. Idempotent and resumable: customers
// have deterministic ids and are written in whole-chunk transactions, so a rerun adds only what is
// missing.
import pg from "pg";
import { refreshCategoryAssociations } from "../../lib/advice/refresh-category-associations";
import { refreshInsightRollups } from "../../lib/insights/refresh-insight-rollups";
import { evaluateContactHistory } from "../../scripts/lib/evaluate-contact-history";
import { finishBulkLoad, prepareBulkLoad, type BulkLoadState } from "./bulk-indexes";
import { countExisting } from "./chunks";
import { seedDeskHistory } from "./desk-history";
import type { JourneyContext } from "./journey";
import { upsertLocations } from "./locations";
import { seedLongHistory } from "./seed-long-history";
import { seedCustomers } from "./seed-customers";
import { addCounts, emptyCounts, SEED_TABLES, type TableCounts } from "./tables";
import { amsterdamDay, amsterdamTime } from "./time";
import { seedToday, type TodaySummary } from "./today";

export interface SeedOptions {
  customers: number;
  /** The moment the data is relative to; defaults to now. Today is its date in Europe/Amsterdam. */
  today?: Date;
  log?: (line: string) => void;
}

export interface SeedSummary {
  /** Regular customers: asked for, added by this run, and already there before it. */
  customers: { requested: number; inserted: number; skipped: number };
  /** Rows this run inserted, by table: customers' histories, today's rows and long-history customers. */
  inserted: TableCounts;
  today: TodaySummary;
  /** The long-history benchmark customers (only for runs of BULK_LOAD_THRESHOLD customers or more). */
  longHistory: { ids: string[]; inserted: number };
  /** Secondary indexes and foreign keys dropped for a bulk load and rebuilt afterwards. */
  rebuilt: { indexes: string[]; foreignKeys: string[] };
  elapsedMs: number;
}

/** Runs of at least this many customers into (nearly) empty tables load without secondary indexes. */
export const BULK_LOAD_THRESHOLD = 100_000;

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Demo data can be regenerated, so losing the last commits in a crash is fine; UTC matches Prisma.
  await client.query("SET synchronous_commit = off; SET TIME ZONE 'UTC'");
  return client;
}

export async function seedDatabase(url: string, options: SeedOptions): Promise<SeedSummary> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const requested = Math.max(0, Math.floor(options.customers));
  const now = (options.today ?? new Date()).getTime();
  const client = await connect(url);
  try {
    const locations = await upsertLocations(client);
    const existing = await countExisting(client, requested);
    const alreadyThere = [...existing.values()].reduce((sum, count) => sum + count, 0);
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM "Customer"`);
    const isBulk = requested >= BULK_LOAD_THRESHOLD && Number(rows[0]?.count ?? 0) < requested / 10;

    let bulk: BulkLoadState | null = null;
    if (isBulk) {
      bulk = await prepareBulkLoad(client);
      log(
        `Bulk load: dropped ${bulk.indexes.length} secondary indexes and ${bulk.foreignKeys.length} foreign keys;`,
      );
      log("they are put back at the end. Should this process die before that, these are their definitions:");
      for (const index of bulk.indexes) log(`  ${index.definition};`);
      for (const key of bulk.foreignKeys)
        log(`  ALTER TABLE "${key.table}" ADD CONSTRAINT "${key.name}" ${key.definition};`);
    }
    const inserted = emptyCounts();
    // Histories end where today begins, so a given day always yields the same customers whatever
    // the hour; today's own activity is the arrivals and pickups below.
    const today = amsterdamDay(now);
    const ctx: Omit<JourneyContext, "buffers"> = { locations, now: amsterdamTime(today, 0), today };
    const longHistory = { ids: [] as string[], inserted: 0 };
    try {
      addCounts(inserted, await seedCustomers(client, ctx, requested, existing, log));
      if (requested >= BULK_LOAD_THRESHOLD) {
        const long = await seedLongHistory(client, ctx, log);
        longHistory.ids = long.ids;
        longHistory.inserted = long.inserted.Customer;
        addCounts(inserted, long.inserted);
      }
    } finally {
      if (bulk) {
        log("Rebuilding indexes and foreign keys...");
        const helper = await connect(url);
        try {
          await finishBulkLoad([client, helper], bulk, log);
        } finally {
          await helper.end();
        }
      }
    }

    const todaySummary = await seedToday(client, locations, now, today, requested);
    addCounts(inserted, todaySummary.inserted);
    if (SEED_TABLES.some((table) => inserted[table] > 0)) {
      log("Analyzing tables...");
      await client.query(`ANALYZE ${SEED_TABLES.map((table) => `"${table}"`).join(", ")}`);
      await refreshCategoryAssociations(client); // the advice reads these, so they follow the orders
      log("Judging the last 90 days of outbound contact against the contact policy...");
      await evaluateContactHistory(url, log);
    }
    const desk = await seedDeskHistory(client, locations, now);
    if (SEED_TABLES.some((table) => inserted[table] > 0) || desk.attributed + desk.views > 0) {
      log("Building the insights rollups...");
      await refreshInsightRollups(client, { mode: "full", now: new Date(now) });
    }
    return {
      customers: { requested, inserted: inserted.Customer - longHistory.inserted, skipped: alreadyThere },
      inserted,
      today: todaySummary,
      longHistory,
      rebuilt: {
        indexes: bulk?.indexes.map((index) => index.name) ?? [],
        foreignKeys: bulk?.foreignKeys.map((key) => key.name) ?? [],
      },
      elapsedMs: Math.round(performance.now() - started),
    };
  } finally {
    await client.end();
  }
}
