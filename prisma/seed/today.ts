// Today's work at each location, keyed by the date: 25-60 arrivals per hotel and 15-40 ready
// click-and-collect orders per store. Ids and references contain the date, so a run on a later day
// adds that day's rows and a second run on the same day adds nothing.
import type pg from "pg";
import type { SeedLocations } from "./locations";
import { hash32, Rng } from "./random";
import { scenariosOf, type Scenarios } from "./scenarios";
import { emptyCounts, type TableCounts } from "./tables";
import { dayString } from "./time";
import { addArrival } from "./today-arrivals";
import { addPickup } from "./today-pickups";
import { TodayRows } from "./today-rows";

export interface TodaySummary {
  date: string;
  /** Today's arrivals over all hotels and ready pickups over all stores, new or already there. */
  arrivals: number;
  pickups: number;
  /** Rows added; all zero when this date's arrivals and pickups were already there. */
  inserted: TableCounts;
}

/** Picks customers in [0, pool) matching a scenario, each at most once a day while there are enough. */
function customerPicker(rng: Rng, pool: number): (predicate: (s: Scenarios) => boolean) => number {
  const used = new Set<number>();
  return (predicate) => {
    const start = rng.int(0, pool - 1);
    const take = (index: number) => {
      used.add(index);
      return index;
    };
    for (let step = 0; step < Math.min(pool, 20_000); step++) {
      const candidate = (start + step) % pool;
      if (!used.has(candidate) && predicate(scenariosOf(candidate))) return take(candidate);
    }
    for (let step = 0; step < pool; step++) {
      const candidate = (start + step) % pool;
      if (!used.has(candidate)) return take(candidate);
    }
    return start;
  };
}

export async function seedToday(
  client: pg.ClientBase,
  locations: SeedLocations,
  now: number,
  today: number,
  pool: number,
): Promise<TodaySummary> {
  const date = dayString(today);
  const summary: TodaySummary = { date, arrivals: 0, pickups: 0, inserted: emptyCounts() };
  if (pool === 0) return summary;
  const rows = new TodayRows();
  const pickCustomer = customerPicker(new Rng(today, 0x7d), pool);
  const day = { rows, now, today, date, stamp: date.slice(2).replaceAll("-", ""), pickCustomer };
  locations.hotels.forEach((hotel, h) => {
    const rng = new Rng(today, 0xa7, h);
    const count = 25 + (hash32(today, h, 1) % 36);
    for (let k = 0; k < count; k++) addArrival(day, rng, hotel, h, k);
  });
  locations.stores.forEach((store, s) => {
    const rng = new Rng(today, 0x9c, s);
    const count = 15 + (hash32(today, s, 2) % 26);
    for (let k = 0; k < count; k++) addPickup(day, rng, store, s, k);
  });

  await client.query("BEGIN");
  try {
    summary.inserted = await rows.write(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
  return { ...summary, arrivals: rows.arrivals, pickups: rows.pickups };
}
