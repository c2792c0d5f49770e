import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { finishBulkLoad, prepareBulkLoad } from "@/prisma/seed/bulk-indexes";
import { generateCustomer } from "@/prisma/seed/customers";
import { CHAIN } from "@/prisma/seed/locations";
import { seedDatabase, type SeedSummary } from "@/prisma/seed/seed-database";
import { createBuffers, SEED_TABLES, type TableCounts } from "@/prisma/seed/tables";
import { amsterdamDay } from "@/prisma/seed/time";

// A fixed "now" keeps the data set, and so every assertion, the same from run to run.
const NOW = new Date("2026-11-23T09:30:00Z");
const TODAY = "2026-11-23";
const TOMORROW = new Date("2026-11-24T09:30:00Z");
const CUSTOMERS = 300;

let database: TestDatabase;
let client: pg.Client;
let first: SeedSummary;

async function rowCounts(): Promise<TableCounts> {
  const counts = {} as TableCounts;
  for (const table of SEED_TABLES) {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM "${table}"`);
    counts[table] = Number(rows[0]?.count);
  }
  return counts;
}

async function column<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const { rows } = await client.query<{ value: T }>(sql, params);
  return rows.map((row) => row.value);
}

beforeAll(async () => {
  database = await createTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  first = await seedDatabase(database.url, { customers: CUSTOMERS, today: NOW });
}, 60_000);

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

describe("seedDatabase", () => {
  it("loads the chain and a plausible number of customers, events and related rows", async () => {
    const counts = await rowCounts();
    expect(counts.Customer).toBe(CUSTOMERS);
    expect(counts.JourneyEvent / CUSTOMERS).toBeGreaterThan(32);
    expect(counts.JourneyEvent / CUSTOMERS).toBeLessThan(48);
    expect(counts.Identity).toBeGreaterThan(3 * CUSTOMERS);
    for (const table of SEED_TABLES) expect(counts[table], table).toBeGreaterThan(0);
    expect(first.inserted).toEqual(counts);
    expect(first.customers).toEqual({ requested: CUSTOMERS, inserted: CUSTOMERS, skipped: 0 });
    const codes = await column<string>(`SELECT code AS value FROM "Location" ORDER BY code`);
    expect(codes).toEqual(CHAIN.map((location) => location.code).sort());
  });

  it("uses every event type and every channel of the schema", async () => {
    const missingTypes = await column<string>(
      `SELECT t::text AS value FROM unnest(enum_range(NULL::"EventType")) t
       WHERE NOT EXISTS (SELECT 1 FROM "JourneyEvent" e WHERE e.type = t)`,
    );
    const missingChannels = await column<string>(
      `SELECT c::text AS value FROM unnest(enum_range(NULL::"Channel")) c
       WHERE NOT EXISTS (SELECT 1 FROM "JourneyEvent" e WHERE e.channel = c)`,
    );
    expect(missingTypes).toEqual([]);
    expect(missingChannels).toEqual([]);
  });

  it("gives every hotel arrivals today and every store ready pickups today", async () => {
    const arrivals = await client.query<{ code: string; count: string }>(
      `SELECT l.code, count(b.id) AS count FROM "Location" l
       LEFT JOIN "Booking" b ON b."locationId" = l.id AND b."arrivalDate" = $1 AND b.status = 'confirmed'
       WHERE l.type = 'hotel' GROUP BY l.code`,
      [TODAY],
    );
    expect(arrivals.rows).toHaveLength(3);
    for (const row of arrivals.rows) expect(Number(row.count), row.code).toBeGreaterThanOrEqual(25);
    for (const row of arrivals.rows) expect(Number(row.count), row.code).toBeLessThanOrEqual(60);

    const pickups = await client.query<{ code: string; count: string; withoutLines: string }>(
      `SELECT l.code, count(o.id) AS count,
              count(o.id) FILTER (WHERE NOT EXISTS (SELECT 1 FROM "OrderLine" ol WHERE ol."orderId" = o.id)) AS "withoutLines"
       FROM "Location" l
       LEFT JOIN "Order" o ON o."pickupLocationId" = l.id AND o."readyDate" = $1 AND o."pickupStatus" = 'ready'
       WHERE l.type = 'store' GROUP BY l.code`,
      [TODAY],
    );
    expect(pickups.rows).toHaveLength(4);
    for (const row of pickups.rows) {
      expect(Number(row.count), row.code).toBeGreaterThanOrEqual(15);
      expect(Number(row.count), row.code).toBeLessThanOrEqual(40);
      expect(Number(row.withoutLines), row.code).toBe(0);
    }
    expect(first.today).toMatchObject({
      date: TODAY,
      arrivals: expect.any(Number),
      pickups: expect.any(Number),
    });
  });

  it("records a CustomerLocation for every place a customer has an event, booking, pickup or fact", async () => {
    const missing = await column<string>(
      `SELECT x."customerId"::text AS value FROM (
         SELECT "customerId", "locationId", "occurredAt" AS at FROM "JourneyEvent" WHERE "locationId" IS NOT NULL
         UNION ALL SELECT "customerId", "locationId", NULL FROM "Booking"
         UNION ALL SELECT "customerId", "pickupLocationId", NULL FROM "Order" WHERE "pickupLocationId" IS NOT NULL
         UNION ALL SELECT "customerId", "locationId", "recordedAt" FROM "CustomerFact" WHERE "locationId" IS NOT NULL
       ) x
       LEFT JOIN "CustomerLocation" cl ON cl."customerId" = x."customerId" AND cl."locationId" = x."locationId"
       WHERE cl."customerId" IS NULL OR x.at < cl."firstSeenAt" OR x.at > cl."lastSeenAt"`,
    );
    expect(missing).toEqual([]);
  });

  it("keeps first and last seen in step with the events, none of which lie in the future", async () => {
    const inconsistent = await column<string>(
      `SELECT c.id::text AS value FROM "Customer" c
       JOIN LATERAL (SELECT min("occurredAt") AS first, max("occurredAt") FILTER (WHERE direction = 'inbound') AS last,
                            max("occurredAt") AS latest
                     FROM "JourneyEvent" e WHERE e."customerId" = c.id) e ON true
       WHERE c."firstSeenAt" <> e.first OR c."lastSeenAt" <> e.last OR e.latest > $1`,
      [NOW.toISOString()],
    );
    expect(inconsistent).toEqual([]);
  });

  it("inserts nothing on a second run with the same number of customers", async () => {
    const before = await rowCounts();
    const again = await seedDatabase(database.url, { customers: CUSTOMERS, today: NOW });
    expect(await rowCounts()).toEqual(before);
    expect(Object.values(again.inserted).every((count) => count === 0)).toBe(true);
    expect(again.customers).toEqual({ requested: CUSTOMERS, inserted: 0, skipped: CUSTOMERS });
  });

  it("adds only the missing customers when asked for more, and only that day's rows on a later day", async () => {
    const more = await seedDatabase(database.url, { customers: CUSTOMERS + 50, today: NOW });
    expect(more.customers).toEqual({ requested: CUSTOMERS + 50, inserted: 50, skipped: CUSTOMERS });
    expect(more.inserted.Booking).toBeLessThan(50 * 4);

    const nextDay = await seedDatabase(database.url, { customers: CUSTOMERS + 50, today: TOMORROW });
    expect(nextDay.customers.inserted).toBe(0);
    expect(nextDay.inserted.Booking).toBeGreaterThanOrEqual(75);
    expect(nextDay.inserted.Order).toBeGreaterThanOrEqual(60);
    const sameDay = await seedDatabase(database.url, { customers: CUSTOMERS + 50, today: TOMORROW });
    expect(Object.values(sameDay.inserted).every((count) => count === 0)).toBe(true);
  });
});

describe("generation", () => {
  it("produces the same rows for a customer whatever else is generated around it", () => {
    const locations = CHAIN.map((location, i) => ({
      ...location,
      id: `00000000-0000-4000-8000-00000000000${i}`,
    }));
    const context = () => ({
      buffers: createBuffers(),
      locations: {
        all: locations,
        hotels: locations.filter((l) => l.type === "hotel"),
        stores: locations.filter((l) => l.type === "store"),
      },
      now: NOW.getTime(),
      today: amsterdamDay(NOW.getTime()),
    });
    const alone = context();
    generateCustomer(alone, 4242);
    const inBatch = context();
    for (const index of [17, 4242, 99]) generateCustomer(inBatch, index);
    for (const table of SEED_TABLES) {
      const own = alone.buffers[table].lines();
      expect(inBatch.buffers[table].lines().filter((line) => own.includes(line))).toEqual(own);
    }
  });
});

describe("bulk load", () => {
  it("puts back exactly the secondary indexes and foreign keys it dropped", async () => {
    const snapshot = async () => ({
      indexes: await column<string>(
        `SELECT indexdef AS value FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`,
      ),
      keys: await column<string>(
        `SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS value
         FROM pg_constraint WHERE contype = 'f' ORDER BY 1`,
      ),
    });
    const before = await snapshot();
    const state = await prepareBulkLoad(client);
    expect(state.indexes.map((index) => index.name)).toContain("JourneyEvent_customerId_occurredAt_id_idx");
    expect(state.indexes.some((index) => index.name.endsWith("_key") || index.name.endsWith("_pkey"))).toBe(
      false,
    );
    expect((await snapshot()).indexes.length).toBeLessThan(before.indexes.length);

    await finishBulkLoad([client], state, () => undefined);
    expect(await snapshot()).toEqual(before);
  });
});
