// npm run bench:partitioning: should "JourneyEvent" be partitioned, by time (for retention) or by
// customer (for the timeline)? Both layouts are built from the seeded database's own events in a
// scratch schema (partition_lab, unlogged partitions: no WAL, same plans and reads) and measured
// next to the table as it is: the timeline's pages, the boards' event reads (the contact badges of a
// busy hotel day), and retention. The public tables are only read; the scratch schema is dropped at
// the end (--keep leaves it for a look).
// Usage: DATABASE_URL=postgresql://…/gastvrij_bench npm run bench:partitioning [-- --keep --samples 300]
import { parseArgs } from "node:util";
import pg from "pg";
import { percentile } from "./bench-server";

const { values } = parseArgs({
  options: {
    keep: { type: "boolean", default: false },
    reuse: { type: "boolean", default: false },
    samples: { type: "string", default: "300" },
    partitions: { type: "string", default: "16" },
  },
});
const SAMPLES = Number(values.samples);
const HASH_PARTITIONS = Number(values.partitions);
const LAB = "partition_lab";
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl)
  throw new Error("Set DATABASE_URL to the seeded database (npm run db:seed -- --customers 1000000).");

const db = new pg.Client({ connectionString: databaseUrl, application_name: "bench:partitioning" });
await db.connect();
const log = (line = "") => console.log(line);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  log(`  ${label}: ${seconds(performance.now() - started)}`);
  return result;
}

const {
  rows: [size],
} = await db.query<{ events: string; bytes: string; first: Date; last: Date }>(
  `SELECT (SELECT reltuples::bigint FROM pg_class WHERE oid = '"JourneyEvent"'::regclass) AS events,
     pg_total_relation_size('"JourneyEvent"') AS bytes,
     (SELECT min("occurredAt") FROM "JourneyEvent") AS first, (SELECT max("occurredAt") FROM "JourneyEvent") AS last`,
);
if (Number(size!.events) < 1_000_000) throw new Error("Too few events: run it on the 1M-customer database.");
log(
  `"JourneyEvent": about ${(Number(size!.events) / 1e6).toFixed(1)}M events, ${(Number(size!.bytes) / 2 ** 30).toFixed(1)} GiB with its indexes, ${size!.first.toISOString().slice(0, 10)} … ${size!.last.toISOString().slice(0, 10)}`,
);

const COLUMNS = `id, "customerId", type, name, channel, direction, "occurredAt", "locationId", source, "sourceEventId",
  summary, reason, "utmSource", "utmMedium", "utmCampaign", payload, "createdById", "withinPolicy", "createdAt"`;

// 1. The two layouts, loaded from the table itself.
const exists = (await db.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [LAB])).rowCount! > 0;
if (exists && !values.reuse)
  throw new Error(`Schema ${LAB} exists: drop it, or pass --reuse to measure it again.`);
if (!exists) {
  log(
    `\nBuilding ${LAB}.by_month (range on "occurredAt", a partition per month) and ${LAB}.by_customer (hash on "customerId", ${HASH_PARTITIONS} partitions):`,
  );
  await db.query(`CREATE SCHEMA ${LAB}`);
  await db.query(`SET maintenance_work_mem = '512MB'`);
  for (const table of ["by_month", "by_customer"]) {
    const how = table === "by_month" ? `RANGE ("occurredAt")` : `HASH ("customerId")`;
    await db.query(
      `CREATE TABLE ${LAB}.${table} (LIKE public."JourneyEvent" INCLUDING DEFAULTS) PARTITION BY ${how}`,
    );
  }
  const months = await db.query<{ start: string; next: string }>(
    `SELECT to_char(m, 'YYYY-MM-DD') AS start, to_char(m + interval '1 month', 'YYYY-MM-DD') AS next
     FROM generate_series(date_trunc('month', $1::timestamp), date_trunc('month', $2::timestamp), interval '1 month') m`,
    [size!.first, size!.last],
  );
  for (const { start, next } of months.rows)
    await db.query(
      `CREATE UNLOGGED TABLE ${LAB}.by_month_${start.slice(0, 7).replace("-", "_")} PARTITION OF ${LAB}.by_month FOR VALUES FROM ('${start}') TO ('${next}')`,
    );
  for (let n = 0; n < HASH_PARTITIONS; n++)
    await db.query(
      `CREATE UNLOGGED TABLE ${LAB}.by_customer_${n} PARTITION OF ${LAB}.by_customer FOR VALUES WITH (MODULUS ${HASH_PARTITIONS}, REMAINDER ${n})`,
    );
  await timed(`load by_month (${months.rows.length} partitions)`, () =>
    db.query(`INSERT INTO ${LAB}.by_month (${COLUMNS}) SELECT ${COLUMNS} FROM public."JourneyEvent"`),
  );
  await timed("load by_customer", () =>
    db.query(`INSERT INTO ${LAB}.by_customer (${COLUMNS}) SELECT ${COLUMNS} FROM public."JourneyEvent"`),
  );
  // The same indexes as the table's. A unique key must include the partition key: (id) becomes
  // (id, partition key), and ingestion's (source, "sourceEventId") can only be a plain index.
  for (const [table, key] of [
    ["by_month", `"occurredAt"`],
    ["by_customer", `"customerId"`],
  ] as const) {
    await timed(`${table}: primary key (id, ${key})`, () =>
      db.query(`ALTER TABLE ${LAB}.${table} ADD PRIMARY KEY (id, ${key})`),
    );
    await timed(`${table}: ("customerId", "occurredAt" DESC, id DESC)`, () =>
      db.query(`CREATE INDEX ON ${LAB}.${table} ("customerId", "occurredAt" DESC, id DESC)`),
    );
    await timed(`${table}: ("occurredAt")`, () => db.query(`CREATE INDEX ON ${LAB}.${table} ("occurredAt")`));
    await timed(`${table}: (source, "sourceEventId"), not unique`, () =>
      db.query(`CREATE INDEX ON ${LAB}.${table} (source, "sourceEventId")`),
    );
  }
  await timed("ANALYZE", () => db.query(`ANALYZE ${LAB}.by_month; ANALYZE ${LAB}.by_customer`));
}

const TABLES = {
  "as it is": `public."JourneyEvent"`,
  "by month": `${LAB}.by_month`,
  "by customer": `${LAB}.by_customer`,
} as const;
type Layout = keyof typeof TABLES;

async function sampleMs(
  layout: Layout,
  statement: (table: string) => string,
  params: unknown[][],
): Promise<number[]> {
  const times: number[] = [];
  for (const values of params) {
    const started = performance.now();
    await db.query(statement(TABLES[layout]), values);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}
const summary = (times: number[]) =>
  `${percentile(times, 50).toFixed(1)} / ${percentile(times, 95).toFixed(1)} / ${percentile(times, 99).toFixed(1)}`;

async function plan(table: string, statement: string, params: unknown[]): Promise<string> {
  const { rows } = await db.query<{ "QUERY PLAN": string }>(
    `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON) ${statement.replaceAll("$TABLE", table)}`,
    params,
  );
  const lines = rows.map((row) => row["QUERY PLAN"]);
  const scans = lines.filter((line) => /Index (Only )?Scan|Seq Scan|Bitmap Heap Scan/.test(line)).length;
  const buffers = lines.find((line) => /Buffers:/.test(line))?.trim() ?? "";
  const execution = lines.find((line) => /Execution Time/.test(line))?.trim() ?? "";
  return `${scans} scan node(s); ${buffers}; ${execution}`;
}

// 2. The timeline: a customer's newest page, and a page deep in a long history.
const { rows: customers } = await db.query<{ id: string }>(
  `SELECT id FROM "Customer" TABLESAMPLE SYSTEM (1) REPEATABLE (20) LIMIT ${SAMPLES}`,
);
const {
  rows: [heavy],
} = await db.query<{ id: string; events: number }>(
  `SELECT "customerId" AS id, count(*)::int AS events FROM "JourneyEvent"
   WHERE "customerId" IN (SELECT "customerId" FROM "JourneyEvent" TABLESAMPLE SYSTEM (0.2) GROUP BY 1 ORDER BY count(*) DESC LIMIT 20)
   GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
);
const {
  rows: [middle],
} = await db.query<{ occurredAt: Date; id: string }>(
  `SELECT "occurredAt", id FROM "JourneyEvent" WHERE "customerId" = $1 ORDER BY "occurredAt" DESC, id DESC OFFSET $2 LIMIT 1`,
  [heavy!.id, Math.floor(heavy!.events / 2)],
);
const PAGE = `SELECT id, "occurredAt", type, channel, direction, summary, "locationId" FROM $TABLE e
  WHERE e."customerId" = $1::uuid ORDER BY e."occurredAt" DESC, e.id DESC LIMIT 51`;
const DEEP = `SELECT id, "occurredAt", type, channel, direction, summary, "locationId" FROM $TABLE e
  WHERE e."customerId" = $1::uuid AND (e."occurredAt", e.id) < ($2::timestamp, $3::uuid)
  ORDER BY e."occurredAt" DESC, e.id DESC LIMIT 201`;

// 3. The boards: the contact badges of a busy hotel day read each guest's recent events.
const { rows: busiest } = await db.query<{ ids: string[] }>(
  `SELECT array_agg("customerId") AS ids FROM "Booking"
   WHERE ("locationId", "arrivalDate") = (SELECT "locationId", "arrivalDate" FROM "Booking" GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1)`,
);
const guests = busiest[0]!.ids;
const BOARD = `SELECT "customerId", type, "occurredAt" FROM $TABLE
  WHERE "customerId" = ANY($1::uuid[]) AND "occurredAt" > $2::timestamp - interval '30 days' AND "occurredAt" <= $2::timestamp
    AND type = ANY('{info_question,invoice_copy,password_reset,address_change,payment,service_contact}'::"EventType"[])`;
const now = size!.last.toISOString();

log(`\nReads, warm, one client (ms, p50 / p95 / p99):`);
log(
  `  timeline first page: ${customers.length} sampled customers; deep page: ${heavy!.events} events, from the middle`,
);
log(
  `  board: the event reads behind the contact badges of ${guests.length} guests (the busiest hotel day)\n`,
);
const results: Record<string, Record<Layout, string>> = {
  first: {} as never,
  heavyFirst: {} as never,
  deep: {} as never,
  board: {} as never,
};
for (const layout of Object.keys(TABLES) as Layout[]) {
  const first = PAGE.replaceAll("$TABLE", "%T");
  const ids = customers.map((row) => [row.id]);
  await sampleMs(layout, (table) => first.replaceAll("%T", table), ids); // warm up
  results.first![layout] = summary(await sampleMs(layout, (table) => first.replaceAll("%T", table), ids));
  const heavyRuns = Array.from({ length: 50 }, () => [heavy!.id]);
  results.heavyFirst![layout] = summary(
    await sampleMs(layout, (table) => first.replaceAll("%T", table), heavyRuns),
  );
  const deepRuns = Array.from({ length: 50 }, () => [heavy!.id, middle!.occurredAt, middle!.id]);
  results.deep![layout] = summary(
    await sampleMs(layout, (table) => DEEP.replaceAll("$TABLE", table), deepRuns),
  );
  const boardRuns = Array.from({ length: 30 }, () => [guests, now]);
  results.board![layout] = summary(
    await sampleMs(layout, (table) => BOARD.replaceAll("$TABLE", table), boardRuns),
  );
}
const row = (label: string, values: Record<Layout, string>) =>
  log(
    `  ${label.padEnd(34)} ${(Object.keys(TABLES) as Layout[]).map((layout) => values[layout].padEnd(20)).join(" ")}`,
  );
log(`  ${"".padEnd(34)} ${(Object.keys(TABLES) as Layout[]).map((layout) => layout.padEnd(20)).join(" ")}`);
row("timeline, first page (sample)", results.first!);
row("timeline, first page (longest)", results.heavyFirst!);
row("timeline, deep page (longest)", results.deep!);
row("board, contact-badge event reads", results.board!);

log(`\nPlans (EXPLAIN ANALYZE, BUFFERS):`);
for (const layout of Object.keys(TABLES) as Layout[]) {
  log(`  ${layout}, first page of the longest history: ${await plan(TABLES[layout], PAGE, [heavy!.id])}`);
  log(`  ${layout}, board reads:                     ${await plan(TABLES[layout], BOARD, [guests, now])}`);
}

// 4. Retention: the daily run deletes a day of events older than the policy's 1,095 days; with a
// partition per month, a month goes at once. Measured on the scratch copies (the public table is
// only read): the unpartitioned cost is that of by_customer, whose rows and indexes the delete
// touches the same way (a day's rows are spread over every customer).
const cutoff = new Date(size!.last.getTime() - 1095 * 86_400_000);
const day = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth(), cutoff.getUTCDate() - 1));
const dayEnd = new Date(day.getTime() + 86_400_000);
log(`\nRetention (policy: events older than 1,095 days, i.e. before ${cutoff.toISOString().slice(0, 10)}):`);
const {
  rows: [counts],
} = await db.query<{ day: string; older: string }>(
  `SELECT count(*) FILTER (WHERE "occurredAt" >= $1 AND "occurredAt" < $2) AS day, count(*) FILTER (WHERE "occurredAt" < $3) AS older
   FROM public."JourneyEvent" WHERE "occurredAt" < $3`,
  [day, dayEnd, cutoff],
);
log(
  `  one day (${day.toISOString().slice(0, 10)}): ${Number(counts!.day).toLocaleString("en")} events; all past the cutoff: ${Number(counts!.older).toLocaleString("en")}`,
);
for (const table of ["by_customer", "by_month"]) {
  const started = performance.now();
  const deleted = await db.query(
    `DELETE FROM ${LAB}.${table} WHERE "occurredAt" >= $1 AND "occurredAt" < $2`,
    [day, dayEnd],
  );
  log(
    `  ${table}: DELETE one day: ${deleted.rowCount} rows in ${(performance.now() - started).toFixed(0)} ms`,
  );
}
const oldestMonth = await db.query<{ name: string; rows: string }>(
  `SELECT c.relname AS name, c.reltuples::bigint AS rows FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
   WHERE i.inhparent = '${LAB}.by_month'::regclass ORDER BY c.relname LIMIT 1`,
);
{
  const { name, rows } = oldestMonth.rows[0]!;
  const started = performance.now();
  await db.query(`ALTER TABLE ${LAB}.by_month DETACH PARTITION ${LAB}.${name}`);
  await db.query(`DROP TABLE ${LAB}.${name}`);
  log(
    `  by_month: DETACH and DROP the oldest month (${name}, about ${Number(rows).toLocaleString("en")} events): ${(performance.now() - started).toFixed(0)} ms`,
  );
}
{
  const month = await db.query<{ start: Date }>(
    `SELECT date_trunc('month', min("occurredAt")) AS start FROM ${LAB}.by_customer`,
  );
  const start = month.rows[0]!.start;
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  const started = performance.now();
  const deleted = await db.query(
    `DELETE FROM ${LAB}.by_customer WHERE "occurredAt" >= $1 AND "occurredAt" < $2`,
    [start, end],
  );
  log(
    `  by_customer: DELETE the oldest month: ${deleted.rowCount} rows in ${seconds(performance.now() - started)}`,
  );
}

// 5. Sizes.
const { rows: sizes } = await db.query<{ name: string; bytes: string }>(
  `SELECT 'as it is' AS name, pg_total_relation_size('public."JourneyEvent"') AS bytes
   UNION ALL SELECT t, (SELECT sum(pg_total_relation_size(i.inhrelid)) FROM pg_inherits i WHERE i.inhparent = ('${LAB}.' || t)::regclass)
   FROM unnest(ARRAY['by_month', 'by_customer']) t`,
);
log(
  `\nSize with indexes: ${sizes.map((row) => `${row.name} ${(Number(row.bytes) / 2 ** 30).toFixed(1)} GiB`).join(", ")}`,
);

if (!values.keep) {
  await timed(`\nDROP SCHEMA ${LAB}`, () => db.query(`DROP SCHEMA ${LAB} CASCADE`));
}
await db.end();
