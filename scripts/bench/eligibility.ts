// npm run bench:eligibility: batch eligibility through POST /api/v1/eligibility (batches of 1,000)
// against the seeded million-customer database, next to a raw-SQL baseline measured in the same run:
// the very statements the loader runs (identity lookup plus history queries, from
// lib/eligibility/eligibility-queries.ts), sent straight to PostgreSQL for the same batches.
// Both phases ask about the same sampled customers (--customers, read once before timing), so the
// figures are for a warm cache; the default 100,000 customers is a tenth of the database.
// Usage: DATABASE_URL=postgresql://…/gastvrij_bench npm run bench:eligibility
//          [-- --seconds 30 --clients 4 --batch 1000 --purpose mixed --customers 100000]
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { hashApiKey } from "../../lib/api-keys/api-key-secret";
import { historyQueries, identityOwnersQuery } from "../../lib/eligibility/eligibility-queries";
import { historyNeeds } from "../../lib/eligibility/history-needs";
import type { ContactPurpose } from "../../lib/generated/prisma/enums";
import { contactPolicySettingsSchema, DEFAULT_CONTACT_POLICY } from "../../lib/validation/contact-policy";
import { percentile, startBenchServer } from "./bench-server";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "30" },
    clients: { type: "string", default: "4" },
    batch: { type: "string", default: "1000" },
    purpose: { type: "string", default: "mixed" },
    customers: { type: "string", default: "100000" },
    port: { type: "string", default: "3701" },
  },
});
const SECONDS = Number(values.seconds);
const CLIENTS = Number(values.clients);
const BATCH = Number(values.batch);
const CUSTOMERS = Number(values.customers);
const MIXED: ContactPurpose[] = ["marketing_email", "marketing_sms", "marketing_push", "survey"];
const PURPOSES = values.purpose === "mixed" ? MIXED : [values.purpose as ContactPurpose];
const TARGET = 20_000;
const samplePercent = Math.min(100, Math.max(2, Math.ceil(CUSTOMERS / 7_000)));
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("Set DATABASE_URL to the seeded database (npm run db:seed -- --customers 1000000).");
  process.exit(1);
}

// timestamp columns hold UTC; read them as such whatever this machine's zone.
pg.types.setTypeParser(1114, (text) => new Date(`${text.replace(" ", "T")}Z`));
const pool = new pg.Pool({ connectionString: databaseUrl, max: CLIENTS * 7 });

const [{ rows: sample }, { rows: counts }, { rows: policyRows }] = await Promise.all([
  pool.query<{ email: string }>(
    // About one identity in five is an email address: sample enough pages to find CUSTOMERS of them.
    `SELECT "normalizedValue" AS email FROM "Identity" TABLESAMPLE SYSTEM (${samplePercent})
     WHERE type = 'email' AND NOT "isShared" LIMIT $1`,
    [CUSTOMERS],
  ),
  pool.query<{ customers: string; contacts: string }>(
    `SELECT (SELECT reltuples::bigint FROM pg_class WHERE relname = 'Customer') AS customers,
            (SELECT count(*) FROM (SELECT 1 FROM "OutboundContact" LIMIT 1000) c) AS contacts`,
  ),
  pool.query<{ version: number; settings: unknown }>(
    `SELECT version, settings FROM "ContactPolicy" ORDER BY version DESC LIMIT 1`,
  ),
]);
if (sample.length < Math.min(CUSTOMERS, 10_000))
  throw new Error("The database has too few customers; seed it first.");
const policy = policyRows[0]
  ? contactPolicySettingsSchema.parse(policyRows[0].settings)
  : DEFAULT_CONTACT_POLICY;
const hasContacts = Number(counts[0]?.contacts ?? 0) > 0;

const runId = randomUUID().slice(0, 8);
const key = `gv_bench_${randomUUID()}${randomUUID()}`;
await pool.query(
  `INSERT INTO "ApiKey" (id, name, source, scopes, "keyHash", prefix, "requestsPerSecond", "rateTokens", "updatedAt")
   VALUES (gen_random_uuid(), $1, $1, ARRAY['eligibility:read'], $2, $3, 100000, 100000, now())`,
  [`bench-eligibility-${runId}`, hashApiKey(key), key.slice(0, 10)],
);

let cursor = Math.floor(Math.random() * sample.length);
/** The next 1,000 sampled customers, each with a purpose from the rotation. */
function nextBatch(): { email: string; purpose: ContactPurpose }[] {
  return Array.from({ length: BATCH }, (_, index) => {
    cursor = (cursor + 1) % sample.length;
    return { email: sample[cursor]!.email, purpose: PURPOSES[index % PURPOSES.length]! };
  });
}

async function timed(
  label: string,
  once: () => Promise<number>,
): Promise<{ label: string; customers: number; seconds: number; latencies: number[] }> {
  const latencies: number[] = [];
  let customers = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const answered = await once();
        customers += answered;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { label, customers, seconds: (performance.now() - started) / 1000, latencies };
}

/** CPU seconds used so far by the app server: our descendant processes, read from /proc. */
function serverCpuSeconds(): number {
  const read = (path: string) => {
    try {
      return readFileSync(path, "utf8");
    } catch {
      return "";
    }
  };
  const stats = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((pid) => {
      // After "pid (name) ": state, ppid, … utime and stime are the 12th and 13th.
      const fields = read(`/proc/${pid}/stat`)
        .replace(/^.*\) /, "")
        .split(" ");
      return { pid, parent: fields[1] ?? "", ticks: Number(fields[11] ?? 0) + Number(fields[12] ?? 0) };
    });
  // bench-server spawns the app as our child; Next renames its process, so go by parentage.
  const ours = new Set([String(process.pid)]);
  for (let grew = true; grew;) {
    grew = false;
    for (const stat of stats)
      if (!ours.has(stat.pid) && ours.has(stat.parent)) grew = Boolean(ours.add(stat.pid));
  }
  ours.delete(String(process.pid));
  // Linux reports CPU time in clock ticks of 1/100 s.
  return stats.filter((stat) => ours.has(stat.pid)).reduce((sum, stat) => sum + stat.ticks, 0) / 100;
}

const server = await startBenchServer(databaseUrl, Number(values.port));
let failures = 0;
let found = 0;
async function apiBatch(): Promise<number> {
  const batch = nextBatch();
  const response = await fetch(`${server.url}/api/v1/eligibility`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({
      identifiers: batch.map((item) => ({ identifier: `email:${item.email}`, purpose: item.purpose })),
    }),
  });
  const body = (await response.json()) as { results?: unknown[]; found?: number };
  if (!response.ok) {
    failures++;
    return 0;
  }
  const answered = body.results?.length ?? 0;
  found += body.found ?? 0;
  return answered;
}

async function sqlBatch(): Promise<number> {
  const batch = nextBatch();
  const identity = identityOwnersQuery(batch.map((item) => ({ kind: "email", value: item.email })));
  const owners = await pool.query<{ customerId: string }>(identity.text, identity.values);
  const queries = historyQueries({
    ids: owners.rows.map((row) => row.customerId),
    subjectIds: [],
    needs: historyNeeds(policy, PURPOSES),
    now: new Date(),
  });
  await Promise.all(
    Object.values(queries).flatMap((query) => (query ? [pool.query(query.text, query.values)] : [])),
  );
  return batch.length;
}

console.log(
  `Eligibility for ${SECONDS} s per phase, ${CLIENTS} clients × batches of ${BATCH}, purposes ${PURPOSES.join(", ")} …`,
);
// One pass over every sampled customer first, so both phases read from memory, not disk.
for (let warm = 0; warm < Math.ceil(sample.length / BATCH); warm++) await sqlBatch();
for (let warm = 0; warm < 3; warm++) await apiBatch();
failures = 0;
found = 0;
const loadBefore = loadavg()[0] ?? 0;
const cpuBefore = serverCpuSeconds();
const api = await timed("API", apiBatch);
const serverCpu = serverCpuSeconds() - cpuBefore;
const sql = await timed("SQL", sqlBatch);
await server.stop();
await pool.query(`UPDATE "ApiKey" SET "revokedAt" = now(), "updatedAt" = now() WHERE source = $1`, [
  `bench-eligibility-${runId}`,
]);
await pool.end();

const rate = (phase: typeof api) => phase.customers / phase.seconds;
const line = (phase: typeof api) =>
  `${phase.customers.toLocaleString("en")} customers in ${phase.seconds.toFixed(1)} s = ${Math.round(rate(phase)).toLocaleString("en")} customers/s; batch p50 ${percentile(phase.latencies, 50).toFixed(0)} ms, p95 ${percentile(phase.latencies, 95).toFixed(0)} ms`;
console.log(`
bench:eligibility  (${new Date().toISOString()}, ~${Number(counts[0]?.customers ?? 0).toLocaleString("en")} customers; ${sample.length.toLocaleString("en")} of them asked about, cached after one pass)
  API   POST /api/v1/eligibility  ${line(api)}
        ${found.toLocaleString("en")} found, ${failures} failed batches  (target ≥ ${TARGET.toLocaleString("en")}/s: ${rate(api) >= TARGET ? "meets" : "MISSES"})
        app server CPU ${serverCpu.toFixed(1)} s = ${((serverCpu / Math.max(1, api.customers)) * 1_000_000).toFixed(0)} ms per 1,000 customers (${serverCpu > 0 ? Math.round(api.customers / serverCpu).toLocaleString("en") : "?"} customers per CPU-second of the app server)
  SQL   the loader's statements run directly  ${line(sql)}
  machine: ${cpus().length} cores, load average ${loadBefore.toFixed(1)} when the API phase began (other work shares these cores)
  ratio API / SQL = ${(rate(api) / rate(sql)).toFixed(2)}${hasContacts ? "" : "\n  NOTE: OutboundContact is empty (run npm run contacts:backfill); marketing history costs nothing here."}
`);
process.exit(0);
