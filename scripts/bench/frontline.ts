// npm run bench:frontline: server time of the front-line data functions on the seeded database, at a
// fixed concurrency, next to the raw SQL of each page's main query measured in the same run.
// Usage: DATABASE_URL=postgresql://…/gastvrij_bench npm run bench:frontline [-- --requests 2000 --concurrency 8]
import { parseArgs } from "node:util";
import pg from "pg";
import { localAuthSecret } from "../lib/auth-secret";
import { measure, ms, type Latencies } from "./measure";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "2000" },
    concurrency: { type: "string", default: "8" },
  },
});
const REQUESTS = Number(values.requests);
const CONCURRENCY = Number(values.concurrency);
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("Set DATABASE_URL to the seeded database (npm run db:seed -- --customers 1000000).");
  process.exit(1);
}
process.env.NEXTAUTH_SECRET ??= localAuthSecret();
process.env.DATABASE_POOL_SIZE ??= String(CONCURRENCY * 2);

// The data layer reads its configuration when it loads, so it comes in after the environment is set.
const { getCustomerProfile } = await import("../../lib/customers/get-customer-profile");
const { listTimelineEvents } = await import("../../lib/timeline/list-timeline-events");
const { searchCustomers } = await import("../../lib/customers/search-customers");
const { listArrivals } = await import("../../lib/arrivals/list-arrivals");
const { db } = await import("../../lib/db");
import type { Actor } from "../../lib/auth/actor";
import type { Role } from "../../lib/auth/permissions";

const pool = new pg.Pool({ connectionString: databaseUrl, max: CONCURRENCY });
const one = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) =>
  (await pool.query<T>(sql, params)).rows;

async function benchActor(role: Role, locationCodes: string[]): Promise<Actor> {
  const email = `bench.${role}@bench.gastvrij.nl`;
  const [user] = await one<{ id: string }>(
    `INSERT INTO "StaffUser" (id, email, name, role, "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, now())
     ON CONFLICT (email) DO UPDATE SET role = EXCLUDED.role RETURNING id`,
    [email, `Bench ${role}`, role],
  );
  const locations = await one<{ id: string }>(`SELECT id FROM "Location" WHERE code = ANY($1)`, [locationCodes]);
  return {
    id: user!.id,
    email,
    name: `Bench ${role}`,
    role,
    locationIds: locations.map((l) => l.id),
    sessionId: "bench",
    ip: "127.0.0.1",
    userAgent: "bench:frontline",
  };
}

const receptionist = await benchActor("receptionist", ["HTL-AMS"]);
const admin = await benchActor("admin", []);
const hotelId = receptionist.locationIds[0]!;

// Customers the receptionist may open, spread over the table.
const profiles = (
  await one<{ id: string }>(
    `SELECT "customerId" AS id FROM "CustomerLocation" TABLESAMPLE SYSTEM (2) WHERE "locationId" = $1 LIMIT 2000`,
    [hotelId],
  )
).map((row) => row.id);

// Cursors around page 200 (50 per page) of the 50,000-event histories. OFFSET only to find them here.
const longIds = (
  await one<{ id: string }>(`SELECT id FROM "Customer" WHERE id::text LIKE '01f00000-0%' ORDER BY id LIMIT 5`)
).map((row) => row.id);
const deep: { customerId: string; occurredAt: Date; id: string }[] = [];
for (const customerId of longIds)
  for (const offset of [9_950, 9_999, 10_050, 24_000, 40_000])
    deep.push(
      ...(
        await one<{ occurredAt: Date; id: string }>(
          `SELECT "occurredAt", id FROM "JourneyEvent" WHERE "customerId" = $1 ORDER BY "occurredAt" DESC, id DESC OFFSET $2 LIMIT 1`,
          [customerId, offset],
        )
      ).map((row) => ({ customerId, ...row })),
    );
if (profiles.length < 100 || deep.length === 0) throw new Error("Seed the database with --customers 1000000 first.");

// Search terms a desk would type: names (also misspelled), emails, phones in local format, booking
// references and order numbers of the hotel's customers.
const misspell = (word: string) =>
  word.length > 4 ? word.slice(0, 2) + word[3] + word[2] + word.slice(4) : `${word}${word.at(-1)}`;
const people = await one<{ firstName: string; lastName: string; email: string | null; phone: string | null }>(
  `SELECT c."firstName", c."lastName",
     (SELECT "normalizedValue" FROM "Identity" i WHERE i."customerId" = c.id AND type = 'email' LIMIT 1) AS email,
     (SELECT "normalizedValue" FROM "Identity" i WHERE i."customerId" = c.id AND type = 'phone' LIMIT 1) AS phone
   FROM "Customer" c WHERE c.id = ANY($1::uuid[]) AND c."lastName" IS NOT NULL LIMIT 300`,
  [profiles],
);
const refs = await one<{ reference: string }>(`SELECT reference FROM "Booking" WHERE "locationId" = $1 LIMIT 100`, [hotelId]);
const orders = await one<{ orderNumber: string }>(
  `SELECT "orderNumber" FROM "Order" WHERE "customerId" = ANY($1::uuid[]) LIMIT 100`,
  [profiles],
);
const searches = people.flatMap((p) => [
  `${p.firstName} ${p.lastName}`,
  misspell(p.lastName),
  ...(p.email ? [p.email] : []),
  ...(p.phone?.startsWith("+316") ? [`06 ${p.phone.slice(4, 8)} ${p.phone.slice(8)}`] : []),
]);
searches.push("de vries", "jansen", "van dijk", "bakker", "de jong", "jan", "sanne");
for (const { reference } of refs) searches.push(reference);
for (const { orderNumber } of orders) searches.push(orderNumber);

// The hotel's busiest arrival day of the last month: the board at its fullest.
const [busiest] = await one<{ day: string; arrivals: number }>(
  `SELECT to_char("arrivalDate", 'YYYY-MM-DD') AS day, count(*)::int AS arrivals FROM "Booking"
   WHERE "locationId" = $1 AND "arrivalDate" BETWEEN current_date - 30 AND current_date
   GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
  [hotelId],
);

const pick = <T>(list: T[], i: number) => list[i % list.length]!;
const options = { total: REQUESTS, concurrency: CONCURRENCY };
const TIMELINE_SQL = `SELECT e.id, e.type, e.name, e.channel, e.direction, e."occurredAt", e.summary, e."locationId", e.source
  FROM "JourneyEvent" e WHERE e."customerId" = $1 AND ($2::timestamp IS NULL OR (e."occurredAt", e.id) < ($2::timestamp, $3::uuid))
  ORDER BY e."occurredAt" DESC, e.id DESC LIMIT 51`;

interface Row {
  name: string;
  target: number;
  app: Latencies;
  raw: Latencies;
}
const rows: Row[] = [];

console.log(`bench:frontline: ${REQUESTS} requests per row at concurrency ${CONCURRENCY} …`);
rows.push({
  name: "profile (card + first timeline page)",
  target: 25,
  app: await measure(async (i) => {
    const id = pick(profiles, i);
    await Promise.all([getCustomerProfile(receptionist, id), listTimelineEvents(receptionist, id)]);
  }, options),
  raw: await measure(async (i) => {
    const id = pick(profiles, i);
    await Promise.all([
      one(`SELECT * FROM "Customer" WHERE id = $1`, [id]),
      one(TIMELINE_SQL, [id, null, null]),
    ]);
  }, options),
});
rows.push({
  name: "timeline page ~200 of 50,000 events",
  target: 15,
  app: await measure(async (i) => {
    const { customerId, occurredAt, id } = pick(deep, i);
    await listTimelineEvents(admin, customerId, { cursor: { occurredAt, id } });
  }, options),
  raw: await measure(async (i) => {
    const { customerId, occurredAt, id } = pick(deep, i);
    await one(TIMELINE_SQL, [customerId, occurredAt, id]);
  }, options),
});

const { classifySearch } = await import("../../lib/customers/search-classify");
const { identifierCandidates } = await import("../../lib/customers/search-identifiers");
const { nameCandidates } = await import("../../lib/customers/search-names");
const { customerVisibleTo } = await import("../../lib/customers/customer-scope");
const { Prisma } = await import("../../lib/generated/prisma/client");
const visible = customerVisibleTo(receptionist, Prisma.sql`c.id`);
rows.push({
  name: `search (${searches.length} terms: names, typos, email, phone, refs)`,
  target: 30,
  app: await measure((i) => searchCustomers(receptionist, { q: pick(searches, i), via: "palette" }), options),
  // The candidate statement the search runs for each term, sent straight to PostgreSQL.
  raw: await measure(async (i) => {
    const plan = classifySearch(pick(searches, i));
    const sql =
      plan.kind === "name"
        ? nameCandidates(plan.folded, visible, 21)
        : plan.kind === "none"
          ? null
          : identifierCandidates(plan, visible, 21);
    if (sql) await one(sql.text, sql.values);
  }, options),
});
rows.push({
  name: `arrivals board (HTL-AMS, ${busiest?.day}: ${busiest?.arrivals} arrivals)`,
  target: 30,
  app: await measure(
    () => listArrivals(receptionist, { location: hotelId, date: busiest?.day }),
    { ...options, total: Math.ceil(REQUESTS / 4) },
  ),
  raw: await measure(
    () =>
      one(
        `SELECT b.id, b.reference, b."departureDate", b."roomType", b."roomNumber", b.status, b.channel, c.id AS "customerId", c."firstName", c."lastName"
         FROM "Booking" b JOIN "Customer" c ON c.id = b."customerId"
         WHERE b."locationId" = $1 AND b."arrivalDate" = $2::date AND b.status <> 'cancelled'
         ORDER BY lower(c."lastName") NULLS LAST, lower(c."firstName") NULLS LAST, b.id`,
        [hotelId, busiest?.day],
      ),
    { ...options, total: Math.ceil(REQUESTS / 4) },
  ),
});

console.log(`\nbench:frontline  (${new Date().toISOString()}, concurrency ${CONCURRENCY})`);
console.log(
  `${"request".padEnd(58)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"p99".padStart(9)} | raw SQL p50 / p95 / p99         | p95 ratio | target`,
);
for (const row of rows) {
  const ratio = row.app.p95 / row.raw.p95;
  const meets = row.app.p95 < row.target && ratio <= 3;
  console.log(
    `${row.name.padEnd(58)} ${ms(row.app.p50)} ${ms(row.app.p95)} ${ms(row.app.p99)} | ${ms(row.raw.p50)} ${ms(row.raw.p95)} ${ms(row.raw.p99)} | ${ratio.toFixed(2).padStart(9)} | p95 < ${row.target} ms and ≤ 3× raw: ${meets ? "meets" : "MISSES"}`,
  );
}
await pool.end();
await db.$disconnect();
process.exit(0);
