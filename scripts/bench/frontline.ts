// npm run bench:frontline: the front-line requests at a fixed concurrency on the seeded database, each
// measured three ways in the same run: the raw SQL of the page's main statements sent straight to
// PostgreSQL (the baseline), the data functions the page calls (in process), and the real request over
// HTTP to the production build under `next start`, signed in as a receptionist.
// Usage: DATABASE_URL=postgresql://…/gastvrij_bench npm run bench:frontline [-- --requests 2000 --concurrency 8]
import { createHash } from "node:crypto";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { localAuthSecret } from "../lib/auth-secret";
import { upsertStaffAccount } from "../lib/staff-accounts";
import { startBenchServer } from "./bench-server";
import { measure, ms, type Latencies } from "./measure";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "2000" },
    concurrency: { type: "string", default: "8" },
    port: { type: "string", default: "3702" },
  },
});
const REQUESTS = Number(values.requests);
const CONCURRENCY = Number(values.concurrency);
const PORT = Number(values.port);
const BENCH_PASSWORD = "bench-frontline-Kp4w9zQe";
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("Set DATABASE_URL to the seeded database (npm run db:seed -- --customers 1000000).");
  process.exit(1);
}
process.env.NEXTAUTH_SECRET ??= localAuthSecret();
process.env.DATABASE_POOL_SIZE ??= String(CONCURRENCY * 2);

// The data layer reads its configuration when it loads, so it comes in after the environment is set.
const { getCustomerProfile } = await import("../../lib/greeting-card/get-customer-profile");
const { listTimelineEvents } = await import("../../lib/timeline/list-timeline-events");
const { listTimelineLocations } = await import("../../lib/timeline/list-timeline-locations");
const { listJournalLocations } = await import("../../lib/journal/resolve-journal-location");
const { countProfileViewers } = await import("../../lib/audit-log/count-profile-viewers");
const { recordProfileView } = await import("../../lib/audit-log/record-profile-view");
const { getContactPressureCard } = await import("../../lib/contact-pressure/get-contact-pressure-card");
const { searchCustomers } = await import("../../lib/search/search-customers");
const { listArrivals } = await import("../../lib/arrivals/list-arrivals");
const { closeDb } = await import("../../lib/db/client");
import type { Actor } from "../../lib/auth/actor";
import type { Role } from "../../lib/auth/permissions";

const pool = new pg.Pool({ connectionString: databaseUrl, max: CONCURRENCY });
const one = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) =>
  (await pool.query<T>(sql, params)).rows;

/** A staff account that can also sign in over HTTP, as the actor the data functions take. */
async function benchActor(role: Role, locationCodes: string[], tag: string = role): Promise<Actor> {
  const email = `bench.${tag}@bench.gastvrij.nl`;
  const name = `Bench ${tag}`;
  await upsertStaffAccount(databaseUrl!, { email, name, role, password: BENCH_PASSWORD, locationCodes });
  const [user] = await one<{ id: string }>(`SELECT id FROM "StaffUser" WHERE email = $1`, [email]);
  const locations = await one<{ id: string }>(
    `SELECT id FROM "Location" WHERE code = ANY($1) ORDER BY code`,
    [locationCodes],
  );
  return {
    id: user!.id,
    email,
    name,
    role,
    locationIds: locations.map((l) => l.id),
    sessionId: "bench",
    ip: "127.0.0.1",
    userAgent: "bench:frontline",
  };
}

const receptionist = await benchActor("receptionist", ["HTL-AMS"]);
const hotelId = receptionist.locationIds[0]!;

// Customers the receptionist may open, spread over the table.
const profiles = (
  await one<{ id: string }>(
    `SELECT "customerId" AS id FROM "CustomerLocation" TABLESAMPLE SYSTEM (2) WHERE "locationId" = $1 LIMIT 2000`,
    [hotelId],
  )
).map((row) => row.id);

// The 50,000-event histories, and a receptionist of the hotel they stay at: deep pages pay the same
// location check as every other staff read.
const longIds = (
  await one<{ id: string }>(`SELECT id FROM "Customer" WHERE id::text LIKE '01f00000-0%' ORDER BY id LIMIT 5`)
).map((row) => row.id);
const [longHome] = await one<{ code: string }>(
  `SELECT l.code FROM "CustomerLocation" cl JOIN "Location" l ON l.id = cl."locationId"
   WHERE cl."customerId" = ANY($1::uuid[]) AND l.type = 'hotel' GROUP BY l.code ORDER BY count(*) DESC LIMIT 1`,
  [longIds],
);
const deepReader = await benchActor("receptionist", [longHome?.code ?? "HTL-AMS"], "deep");
// Cursors around page 200 (50 per page) and deeper, numbered by row_number over the same index order.
const deep = await one<{ customerId: string; occurredAt: Date; id: string }>(
  `SELECT "customerId", "occurredAt", id FROM (
     SELECT "customerId", "occurredAt", id,
       row_number() OVER (PARTITION BY "customerId" ORDER BY "occurredAt" DESC, id DESC) AS position
     FROM "JourneyEvent" WHERE "customerId" = ANY($1::uuid[])) numbered
   WHERE position IN (9950, 10000, 10050, 24000, 40000)`,
  [longIds],
);
if (profiles.length < 100 || deep.length === 0)
  throw new Error("Seed the database with --customers 1000000 first.");

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
const refs = await one<{ reference: string }>(
  `SELECT reference FROM "Booking" WHERE "locationId" = $1 LIMIT 100`,
  [hotelId],
);
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
const busiestDay = busiest?.day ?? new Date().toISOString().slice(0, 10);

const pick = <T>(list: T[], i: number) => list[i % list.length]!;
const options = { total: REQUESTS, concurrency: CONCURRENCY };
const boardOptions = { ...options, total: Math.ceil(REQUESTS / 4) };
const TIMELINE_SQL = `SELECT e.id, e.type, e.name, e.channel, e.direction, e."occurredAt", e.summary, e."locationId", e.source
  FROM "JourneyEvent" e WHERE e."customerId" = $1 AND ($2::timestamp IS NULL OR (e."occurredAt", e.id) < ($2::timestamp, $3::uuid))
  ORDER BY e."occurredAt" DESC, e.id DESC LIMIT 51`;

// ---- Raw SQL: each page's main statements, sent straight to PostgreSQL ---------------------------------
const { cardStatement } = await import("../../lib/greeting-card/load-greeting-card");
const { arrivalsStatement } = await import("../../lib/arrivals/list-arrivals");
const { classifySearch } = await import("../../lib/search/search-classify");
const { searchSteps, withEmail } = await import("../../lib/search/search-customers");
const { NEAR_MIN_SCORE } = await import("../../lib/search/search-names");
const { customerVisibleToEachRow } = await import("../../lib/auth/customer-scope");
const { localDate } = await import("../../lib/time/local-date");
const { encodeTimelineCursor } = await import("../../lib/validation/timeline");
const { Prisma } = await import("../../lib/generated/prisma/client");
const sqlOf = (statement: { text: string; values: unknown[] }) => one(statement.text, statement.values);
// Statements the app prepares once per connection (marked PREPARED) are prepared here too.
const preparedOf = async (statement: { text: string; values: unknown[] }) =>
  (
    await pool.query({
      name: `raw_${createHash("sha1").update(statement.text).digest("hex").slice(0, 20)}`,
      text: statement.text,
      values: statement.values,
    })
  ).rows;
const visible = customerVisibleToEachRow(receptionist, Prisma.sql`c.id`);

async function rawSearch(q: string): Promise<void> {
  for (const step of searchSteps(classifySearch(q), visible, 21)) {
    const statement = withEmail(step.sql);
    let rows: unknown[];
    if (step.isTrigram) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [
          String(NEAR_MIN_SCORE),
        ]);
        rows = (await client.query(statement.text, statement.values)).rows;
        await client.query("COMMIT");
      } finally {
        client.release();
      }
    } else rows = await sqlOf(statement);
    if (rows.length > 0) return;
  }
}

const timelineRaw = (customerId: string, occurredAt: Date | null, id: string | null) =>
  preparedOf({ text: TIMELINE_SQL, values: [customerId, occurredAt, id] });

const raw = {
  profile: await measure(async (i) => {
    const id = pick(profiles, i);
    const now = new Date();
    const context = {
      customerId: id,
      scope: receptionist.locationIds,
      today: localDate("Europe/Amsterdam", now),
      now,
    };
    await Promise.all([preparedOf(cardStatement(receptionist, context)), timelineRaw(id, null, null)]);
  }, options),
  deep: await measure(async (i) => {
    const { customerId, occurredAt, id } = pick(deep, i);
    await timelineRaw(customerId, occurredAt, id);
  }, options),
  search: await measure((i) => rawSearch(pick(searches, i)), options),
  arrivals: await measure(() => sqlOf(arrivalsStatement(hotelId, busiestDay)), boardOptions),
};

// ---- In process: the data functions each page calls, without HTTP and rendering ------------------------
const inProcess = {
  profile: await measure(async (i) => {
    const id = pick(profiles, i);
    // What the page awaits before it sends the card; the contact-pressure panel streams in after.
    await Promise.all([
      getCustomerProfile(receptionist, id),
      listTimelineEvents(receptionist, id),
      listTimelineLocations(receptionist, id),
      listJournalLocations(receptionist),
    ]);
    await Promise.all([
      countProfileViewers(receptionist, id),
      recordProfileView({ actor: receptionist, customerId: id }),
    ]);
  }, options),
  deep: await measure(async (i) => {
    const { customerId, occurredAt, id } = pick(deep, i);
    await listTimelineEvents(deepReader, customerId, { cursor: { occurredAt, id } });
  }, options),
  search: await measure(
    (i) => searchCustomers(receptionist, { q: pick(searches, i), via: "palette" }),
    options,
  ),
  arrivals: await measure(
    () => listArrivals(receptionist, { location: hotelId, date: busiestDay }),
    boardOptions,
  ),
};

const pressurePanel = await measure((i) => getContactPressureCard(receptionist, pick(profiles, i)), options);

// ---- Over HTTP: the production build under `next start`, signed in as the receptionist -----------------
const server = await startBenchServer(databaseUrl, PORT);
const cookieFor = async (email: string) => {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${server.url}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(`${server.url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ csrfToken, email, password: BENCH_PASSWORD, json: "true" }),
  });
  keep(signIn);
  if (![...jar.keys()].some((name) => name.includes("session-token")))
    throw new Error(`sign-in of ${email} failed`);
  return header();
};
const httpGet = (cookie: string) => async (path: string) => {
  const response = await fetch(`${server.url}${path}`, { headers: { cookie } });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
};
let http: Record<keyof typeof raw, Latencies>;
try {
  const asReceptionist = httpGet(await cookieFor(receptionist.email));
  const asDeepReader = httpGet(await cookieFor(deepReader.email));
  http = {
    profile: await measure((i) => asReceptionist(`/customers/${pick(profiles, i)}`), options),
    deep: await measure((i) => {
      const { customerId, occurredAt, id } = pick(deep, i);
      return asDeepReader(
        `/api/customers/${customerId}/timeline?cursor=${encodeTimelineCursor({ occurredAt, id })}`,
      );
    }, options),
    search: await measure(
      (i) => asReceptionist(`/api/customers/search?q=${encodeURIComponent(pick(searches, i))}`),
      options,
    ),
    arrivals: await measure(
      () => asReceptionist(`/api/arrivals?location=HTL-AMS&date=${busiestDay}`),
      boardOptions,
    ),
  };
} finally {
  await server.stop();
}

const rows: { name: string; key: keyof typeof raw; target: number }[] = [
  { name: "profile (card + first timeline page)", key: "profile", target: 25 },
  { name: "timeline page ~200 of a 50,000-event history", key: "deep", target: 15 },
  { name: `search (${searches.length} terms: names, typos, email, phone, refs)`, key: "search", target: 30 },
  {
    name: `arrivals board (HTL-AMS, ${busiestDay}: ${busiest?.arrivals ?? 0} arrivals)`,
    key: "arrivals",
    target: 30,
  },
];
const line = (label: string, app: Latencies, base: Latencies, target: number) => {
  const ratio = app.p95 / base.p95;
  const verdict = app.p95 < target && ratio <= 3 ? "meets" : "MISSES";
  return `  ${label.padEnd(14)} ${ms(app.p50)} ${ms(app.p95)} ${ms(app.p99)} | ${ratio.toFixed(2).padStart(5)}× raw | p95 < ${target} ms, ≤ 3× raw: ${verdict}`;
};
console.log(
  `\nbench:frontline  (${new Date().toISOString()}, ${REQUESTS} requests per row, concurrency ${CONCURRENCY}, load ${loadavg()[0]!.toFixed(1)})`,
);
console.log(`  ${"".padEnd(14)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"p99".padStart(9)}`);
for (const row of rows) {
  console.log(row.name);
  console.log(
    `  ${"raw SQL".padEnd(14)} ${ms(raw[row.key].p50)} ${ms(raw[row.key].p95)} ${ms(raw[row.key].p99)}`,
  );
  console.log(line("data layer", inProcess[row.key], raw[row.key], row.target));
  console.log(line("HTTP", http[row.key], raw[row.key], row.target));
}
console.log("contact-pressure panel (streamed into the card after it is sent; no target of its own)");
console.log(
  `  ${"data layer".padEnd(14)} ${ms(pressurePanel.p50)} ${ms(pressurePanel.p95)} ${ms(pressurePanel.p99)}`,
);
await pool.end();
await closeDb();
process.exit(0);
