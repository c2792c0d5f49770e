// npm run bench:insights: each manager insight's data-layer function, in process, next to the raw SQL
// of its rollup statement(s) sent straight to PostgreSQL in the same run, over a mix of filters (the
// three period presets, one location, a manager's four, an admin's all, with and without compare).
// Then EXPLAIN of every statement the insights page and its routes send: none may touch JourneyEvent.
// Read-only: the actors are built in memory, nothing is written. Run the backfill first.
// Usage: DATABASE_URL=postgresql://…/gastvrij_bench npm run bench:insights [-- --requests 400 --concurrency 4]
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { localAuthSecret } from "../lib/auth-secret";
import { percentile } from "./bench-server";
import { ms, type Latencies } from "./measure";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "400" },
    concurrency: { type: "string", default: "4" },
  },
});
const REQUESTS = Number(values.requests);
const CONCURRENCY = Number(values.concurrency);
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("Set DATABASE_URL to the seeded database, with `npm run insights:backfill` run on it.");
  process.exit(1);
}
process.env.NEXTAUTH_SECRET ??= localAuthSecret();
process.env.DATABASE_POOL_SIZE ??= String(CONCURRENCY * 2);
process.env.INSIGHTS_JOB = "off";

// The data layer reads its configuration when it loads, so it comes in after the environment is set.
const { getArrivalChannels, arrivalChannelsStatement } =
  await import("../../lib/insights/get-arrival-channels");
const { getDirectRebooking, directRebookingStatement } =
  await import("../../lib/insights/get-direct-rebooking");
const { loadRateVersions, rateVersionsStatement } =
  await import("../../lib/insights/commission-rate-versions");
const { getJourneyPaths, journeyPathsStatement } = await import("../../lib/insights/get-journey-paths");
const { listPathCustomers, pathCustomersStatement } = await import("../../lib/insights/list-path-customers");
const { getComplaintInsights, complaintInsightsStatement } =
  await import("../../lib/insights/get-complaint-insights");
const { getSurveyFatigue, surveyFatigueStatement } = await import("../../lib/insights/get-survey-fatigue");
const { getDeskContext, deskContextStatement } = await import("../../lib/insights/get-desk-context");
const { insightRequest } = await import("../../lib/insights/insight-request");
const { insightFiltersSchema } = await import("../../lib/validation/insights");
const { closeDb } = await import("../../lib/db/client");
import type { Actor } from "../../lib/auth/actor";
import type { Role } from "../../lib/auth/permissions";
import type { InsightRequest } from "../../lib/insights/insight-request";

const pool = new pg.Pool({ connectionString: databaseUrl, max: CONCURRENCY });
const rows = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) =>
  (await pool.query<T>(sql, params)).rows;

const [refreshed] = await rows<{ at: Date | null; days: number }>(
  `SELECT max("finishedAt") AS at, (SELECT count(DISTINCT day)::int FROM "InsightVisitDaily") AS days FROM "InsightRefresh"`,
);
if (!refreshed?.at || refreshed.days === 0) {
  console.error("The rollups are empty: run `npm run insights:backfill` on this database first.");
  process.exit(1);
}
const locations = await rows<{ id: string; code: string }>(`SELECT id, code FROM "Location" ORDER BY code`);
const idOf = (code: string) => locations.find((l) => l.code === code)?.id;
const managerLocations = ["HTL-AMS", "HTL-UTR", "STR-AMS", "STR-RTM"].map(idOf).filter(Boolean) as string[];

/** An actor in memory: the insights only read, so no staff row is needed. */
const actor = (role: Role, locationIds: string[]): Actor => ({
  id: "00000000-0000-7000-8000-000000000001",
  email: `bench.${role}@bench.gastvrij.nl`,
  name: `Bench ${role}`,
  role,
  locationIds,
  sessionId: "bench",
  ip: "127.0.0.1",
  userAgent: "bench:insights",
});
const manager = actor("manager", managerLocations);
const admin = actor("admin", []);

// A mix of what managers ask: every preset, one hotel, their four locations, an admin's all.
const scenarios: { who: Actor; request: InsightRequest }[] = [];
for (const period of ["4w", "quarter", "year"] as const)
  for (const [who, location] of [
    [manager, []],
    [manager, [managerLocations[0]!]],
    [admin, []],
  ] as const)
    for (const compare of [false, true])
      scenarios.push({
        who,
        request: insightRequest(
          who,
          insightFiltersSchema.parse({ period, location: [...location], compare: compare ? "1" : "" }),
        ),
      });
const pick = (i: number) => scenarios[i % scenarios.length]!;

const [topPath] = await rows<{ path: string }>(
  `SELECT path FROM "InsightPathDaily" WHERE kind = 'acquisition' GROUP BY path ORDER BY sum(customers) DESC LIMIT 1`,
);
const path = topPath?.path ?? "book_ota";
const versions = await loadRateVersions();

type Statement = { text: string; values: unknown[] };
const parameter = (value: unknown) => (value instanceof Date ? value.toISOString() : value);
const send = async (statement: Statement) =>
  (await pool.query(statement.text, statement.values.map(parameter))).rows;

interface Insight {
  name: string;
  dataLayer: (s: (typeof scenarios)[number]) => Promise<unknown>;
  statements: (s: (typeof scenarios)[number]) => Statement[];
}

const insights: Insight[] = [
  {
    name: "channels of arrival",
    dataLayer: (s) => getArrivalChannels(s.who, s.request),
    statements: (s) => [arrivalChannelsStatement(s.request)],
  },
  {
    name: "direct rebooking + commission",
    dataLayer: (s) => getDirectRebooking(s.who, s.request),
    statements: (s) => [rateVersionsStatement(), directRebookingStatement(s.request, versions)],
  },
  {
    name: "journey paths",
    dataLayer: (s) => getJourneyPaths(s.who, s.request),
    statements: (s) => [journeyPathsStatement(s.request)],
  },
  {
    name: "path sample customers",
    dataLayer: (s) => listPathCustomers(s.who, s.request, "acquisition", path),
    statements: (s) => [pathCustomersStatement(s.request, "acquisition", path, s.who)],
  },
  {
    name: "complaints and resolution",
    dataLayer: (s) => getComplaintInsights(s.who, s.request),
    statements: (s) => [complaintInsightsStatement(s.request)],
  },
  {
    name: "survey fatigue",
    dataLayer: (s) => getSurveyFatigue(s.who, s.request),
    statements: (s) => [surveyFatigueStatement(s.request)],
  },
  {
    name: "context at the desk",
    dataLayer: (s) => getDeskContext(s.who, s.request),
    statements: (s) => [deskContextStatement(s.request, s.who)],
  },
];

console.log(
  `bench:insights on ${new URL(databaseUrl).pathname.slice(1)}: ${REQUESTS} calls per row at concurrency ${CONCURRENCY}, ` +
    `${scenarios.length} filter mixes; rollups refreshed ${refreshed.at.toISOString()}; load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
);
/**
 * Raw SQL and the data layer, interleaved call by call at the same concurrency (even calls raw, odd
 * calls the data layer, same filters), so both meet the same load from whatever else runs on the
 * machine; after an untimed warm-up of each.
 */
async function sideBySide(insight: Insight): Promise<{ raw: Latencies; data: Latencies }> {
  const rawCall = async (i: number) => {
    for (const statement of insight.statements(pick(i))) await send(statement);
  };
  for (let i = 0; i < 20; i++) {
    await rawCall(i);
    await insight.dataLayer(pick(i));
  }
  const latencies = { raw: [] as number[], data: [] as number[] };
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < 2 * REQUESTS) {
        const i = next++;
        const started = performance.now();
        if (i % 2 === 0) await rawCall(i >> 1);
        else await insight.dataLayer(pick(i >> 1));
        latencies[i % 2 === 0 ? "raw" : "data"].push(performance.now() - started);
      }
    }),
  );
  const summary = (list: number[]): Latencies => {
    list.sort((a, b) => a - b);
    return {
      count: list.length,
      p50: percentile(list, 50),
      p95: percentile(list, 95),
      p99: percentile(list, 99),
    };
  };
  return { raw: summary(latencies.raw), data: summary(latencies.data) };
}

const results: { name: string; raw: Latencies; data: Latencies }[] = [];
for (const insight of insights) {
  const { raw, data } = await sideBySide(insight);
  results.push({ name: insight.name, raw, data });
  const ratio = data.p95 / raw.p95;
  console.log(
    `${insight.name.padEnd(30)} raw SQL p50/p95 ${ms(raw.p50)} ${ms(raw.p95)}   data layer p50/p95 ${ms(data.p50)} ${ms(data.p95)}   ` +
      `${ratio.toFixed(2)}× raw ${ratio <= 2 ? "(meets ≤ 2×)" : "(MISSES ≤ 2×)"}`,
  );
}

// ---- EXPLAIN: what each request-path statement reads ----------------------------------------------------
interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}
function scans(node: PlanNode, out: Set<string>): Set<string> {
  if (node["Relation Name"])
    out.add(
      `${node["Node Type"]} on ${node["Relation Name"]}${node["Index Name"] ? ` (${node["Index Name"]})` : ""}`,
    );
  for (const child of node.Plans ?? []) scans(child, out);
  return out;
}
const year = scenarios.find(
  (s) => s.who === admin && s.request.period.preset === "year" && s.request.compare,
)!;
const fourWeeks = scenarios[0]!;
const explained: { name: string; statement: Statement }[] = [
  ...insights.flatMap((insight) =>
    insight.statements(year).map((statement) => ({ name: insight.name, statement })),
  ),
  ...insights.flatMap((insight) =>
    insight.statements(fourWeeks).map((statement) => ({ name: insight.name, statement })),
  ),
  {
    name: "the location filter",
    statement: {
      text: `SELECT id::text, name, type::text FROM "Location" WHERE id = ANY($1::uuid[]) ORDER BY type, name`,
      values: [managerLocations],
    },
  },
  {
    name: "freshness",
    statement: {
      text: `SELECT max("finishedAt") AS at FROM "InsightRefresh" WHERE "finishedAt" IS NOT NULL`,
      values: [],
    },
  },
];
let touchesEvents = false;
const printed = new Set<string>();
console.log(
  "\nEXPLAIN of every statement the insights page and its routes send (an admin's year with compare, a manager's four weeks):",
);
for (const { name, statement } of explained) {
  const [row] = await rows<{ "QUERY PLAN": { Plan: PlanNode }[] }>(
    `EXPLAIN (FORMAT JSON) ${statement.text}`,
    statement.values.map(parameter),
  );
  const found = [...scans(row!["QUERY PLAN"][0]!.Plan, new Set())].sort();
  if (found.some((scan) => scan.includes("JourneyEvent"))) touchesEvents = true;
  const line = `  ${name.padEnd(30)} ${found.join("; ")}`;
  if (!printed.has(line)) console.log(line);
  printed.add(line);
}
console.log(
  touchesEvents
    ? "JourneyEvent IS READ on a request path."
    : `No statement reads JourneyEvent (${explained.length} plans checked).`,
);

const misses = results.filter((r) => r.data.p95 > 2 * r.raw.p95);
console.log(
  misses.length === 0
    ? "\nEvery insight is within 2× of its raw SQL at p95."
    : `\n${misses.length} insight(s) over 2× of raw SQL at p95.`,
);
await pool.end();
await closeDb();
process.exit(0);
