// npm run bench:ingest: sustained ingestion through POST /api/v1/events against the seeded database,
// next to a raw COPY of the same rows into "JourneyEvent" measured in the same run.
// Usage: DATABASE_URL=postgresql://…/gastvrij_bench npm run bench:ingest [-- --seconds 60 --clients 4 --batch 500]
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { hashApiKey } from "../../lib/api-keys/api-key-secret";
import { percentile, startBenchServer } from "./bench-server";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    clients: { type: "string", default: "4" },
    batch: { type: "string", default: "500" },
    port: { type: "string", default: "3700" },
  },
});
const SECONDS = Number(values.seconds);
const CLIENTS = Number(values.clients);
const BATCH = Number(values.batch);
const MATCHING_SHARE = 0.2;
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("Set DATABASE_URL to the seeded database (npm run db:seed -- --customers 1000000).");
  process.exit(1);
}

const runId = randomUUID().slice(0, 8);
const source = `bench-${runId}`;
const key = `gv_bench_${randomUUID()}${randomUUID()}`;
const db = new pg.Pool({ connectionString: databaseUrl, max: 4 });

const { rows: sample } = await db.query<{ email: string; customerId: string }>(
  `SELECT "normalizedValue" AS email, "customerId" FROM "Identity" TABLESAMPLE SYSTEM (1) WHERE type = 'email' LIMIT 20000`,
);
if (sample.length < 100) throw new Error("The database has too few customers; seed it first.");
await db.query(
  `INSERT INTO "ApiKey" (id, name, source, scopes, "keyHash", prefix, "requestsPerSecond", "rateTokens", "updatedAt")
   VALUES (gen_random_uuid(), $1, $1, ARRAY['ingest'], $2, $3, 100000, 100000, now())`,
  [source, hashApiKey(key), key.slice(0, 10)],
);

const TYPES = [
  ["page_view", "web", "inbound"],
  ["newsletter_sent", "email", "outbound"],
  ["campaign_click", "email", "inbound"],
  ["info_question", "chat", "inbound"],
  ["promotion_sent", "sms", "outbound"],
] as const;
let sequence = 0;

/** A batch with ~20% events for existing customers (by email) and the rest for new ones. */
function makeBatch() {
  return Array.from({ length: BATCH }, () => {
    const n = sequence++;
    const [type, channel, direction] = TYPES[n % TYPES.length]!;
    const existing = Math.random() < MATCHING_SHARE ? sample[n % sample.length] : undefined;
    return {
      type,
      channel,
      direction,
      occurredAt: new Date(Date.now() - (n % 86_400) * 1000).toISOString(),
      sourceEventId: `${runId}-${n}`,
      identifiers: existing
        ? { email: existing.email }
        : { email: `bench.${runId}.${n}@example.org`, webId: `web-${runId}-${n}` },
      traits: existing ? undefined : { firstName: "Bench", lastName: `Klant ${n}` },
      summary: `Benchmark event ${n}`,
    };
  });
}

const server = await startBenchServer(databaseUrl, Number(values.port));
console.log(
  `Ingesting for ${SECONDS} s with ${CLIENTS} clients × batches of ${BATCH} (${MATCHING_SHARE * 100}% existing customers) …`,
);
const latencies: number[] = [];
let accepted = 0;
let failures = 0;
const deadline = performance.now() + SECONDS * 1000;
const started = performance.now();
await Promise.all(
  Array.from({ length: CLIENTS }, async () => {
    while (performance.now() < deadline) {
      const body = JSON.stringify({ events: makeBatch() });
      const t0 = performance.now();
      const response = await fetch(`${server.url}/api/v1/events`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body,
      });
      const result = (await response.json()) as { accepted?: number };
      latencies.push(performance.now() - t0);
      if (!response.ok) failures++;
      accepted += result.accepted ?? 0;
    }
  }),
);
const elapsed = (performance.now() - started) / 1000;
await server.stop();
latencies.sort((a, b) => a - b);
const apiRate = accepted / elapsed;

// Baseline: COPY the same number of rows, shaped like the API's, straight into "JourneyEvent"
// (all its indexes and constraints in place), inside a transaction that is rolled back.
const copyRows = Math.min(accepted || BATCH * 20, 300_000);
const client = await db.connect();
let copyRate = 0;
try {
  await client.query("BEGIN");
  const t0 = performance.now();
  const stream = client.query(
    copyFrom(
      `COPY "JourneyEvent" (id, "customerId", type, channel, direction, "occurredAt", source, "sourceEventId", summary) FROM STDIN`,
    ),
  );
  for (let n = 0; n < copyRows; n++) {
    const [type, channel, direction] = TYPES[n % TYPES.length]!;
    const customer = sample[n % sample.length]!;
    const line = `${randomUUID()}\t${customer.customerId}\t${type}\t${channel}\t${direction}\t${new Date().toISOString()}\tcopy-${runId}\t${n}\tBenchmark event ${n}\n`;
    if (!stream.write(line)) await new Promise((resolve) => stream.once("drain", resolve));
  }
  stream.end();
  await new Promise<void>((resolve, reject) => stream.on("finish", () => resolve()).on("error", reject));
  copyRate = copyRows / ((performance.now() - t0) / 1000);
} finally {
  await client.query("ROLLBACK");
  client.release();
}
await db.query(`UPDATE "ApiKey" SET "revokedAt" = now(), "updatedAt" = now() WHERE source = $1`, [source]);
await db.end();

const ratio = apiRate / copyRate;
const mark = (ok: boolean) => (ok ? "meets" : "MISSES");
console.log(`
bench:ingest  (${new Date().toISOString()})
  API   POST /api/v1/events  ${accepted.toLocaleString("en")} events in ${elapsed.toFixed(1)} s = ${Math.round(apiRate).toLocaleString("en")} events/s  (target ≥ 5,000: ${mark(apiRate >= 5000)})
        batch latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms; ${latencies.length} batches, ${failures} failed
  SQL   raw COPY of ${copyRows.toLocaleString("en")} rows into "JourneyEvent" = ${Math.round(copyRate).toLocaleString("en")} rows/s
  ratio API / COPY = ${ratio.toFixed(2)}  (target ≥ 0.25: ${mark(ratio >= 0.25)})
  (events stay in the database under source "${source}"; the key is revoked)
`);
process.exit(0);
