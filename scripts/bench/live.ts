// npm run bench:live: live arrivals boards across two app servers on one database.
//
// 50 open boards (half on each of two `next start` servers) watch one hotel's 600 arrivals of today,
// each like the browser does: the full board once, then its live stream, reading again only the rows
// a push names. Check-ins arrive through POST /api/v1/events, alternately on each server; for every
// check-in and board, the time from sending it to the board holding the checked-in row is measured.
// Then the boards stay open with nothing changing, and the statements PostgreSQL runs are counted
// (pg_stat_statements), next to the same boards polling every 30 s as before.
//
// By default it makes its own PostgreSQL cluster with pg_stat_statements (scripts/lib/private-cluster.ts,
// PostgreSQL's server binaries), so nothing else counts in; without them it uses DATABASE_URL's server
// (a database of its own, dropped afterwards) and counts transactions in pg_stat_database instead.
// Usage: npm run bench:live [-- --boards 50 --changes 60 --interval 1000 --idle 60 --arrivals 600]
import { randomUUID } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { hashApiKey } from "../../lib/api-keys/api-key-secret";
import { PLAIN_SESSION_COOKIE } from "../../lib/auth/session-cookie-names";
import { localDate } from "../../lib/time/local-date";
import { migrateDatabase } from "../db/migrate-database";
import { localAuthSecret } from "../lib/auth-secret";
import { onDatabase } from "../lib/database-url";
import { findPostgresBin, startPrivateCluster, type PrivateCluster } from "../lib/private-cluster";
import { percentile, startBenchServer, type BenchServer } from "./bench-server";

const { values } = parseArgs({
  options: {
    boards: { type: "string", default: "50" },
    changes: { type: "string", default: "60" },
    interval: { type: "string", default: "1000" },
    idle: { type: "string", default: "60" },
    arrivals: { type: "string", default: "600" },
    port: { type: "string", default: "3710" },
  },
});
const BOARDS = Number(values.boards);
const CHANGES = Number(values.changes);
const INTERVAL_MS = Number(values.interval);
const IDLE_S = Number(values.idle);
const ARRIVALS = Number(values.arrivals);
const TARGET_MS = 1_000;
const HOTEL = "HTL-BENCH";
const today = localDate("Europe/Amsterdam");
const log = (line: string) => console.log(line);

// 1. A database of our own.
let cluster: PrivateCluster | undefined;
let adminUrl: string;
let countsStatements = false;
const bin = process.env.BENCH_LIVE_SERVER ? null : findPostgresBin();
if (bin) {
  cluster = await startPrivateCluster(bin, {
    shared_preload_libraries: "pg_stat_statements",
    "pg_stat_statements.track": "all",
    shared_buffers: "256MB",
    max_connections: "200",
  });
  adminUrl = cluster.url();
  countsStatements = true;
  log(`PostgreSQL: a private cluster on port ${cluster.port} (${bin}), with pg_stat_statements.`);
} else {
  if (!process.env.DATABASE_URL)
    throw new Error("No PostgreSQL binaries found: set DATABASE_URL to a server.");
  adminUrl = onDatabase(process.env.DATABASE_URL, "postgres");
  log(`PostgreSQL: ${new URL(adminUrl).host}, counting transactions (pg_stat_database).`);
}
const database = `gastvrij_bench_live_${randomUUID().slice(0, 8)}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${database}`);
const databaseUrl = onDatabase(adminUrl, database);
await migrateDatabase(databaseUrl);
const db = new pg.Pool({ connectionString: databaseUrl, max: 4 });
if (countsStatements) await db.query("CREATE EXTENSION pg_stat_statements");

// 2. One hotel's busy day: ARRIVALS guests arriving today, a tenth with an open complaint and a fact.
const started = Date.now();
const { rows: hotelRows } = await db.query<{ id: string }>(
  `INSERT INTO "Location" (id, code, name, type, city, "updatedAt")
   VALUES (gen_random_uuid(), $1, 'Bench Hotel', 'hotel', 'Amsterdam', now()) RETURNING id`,
  [HOTEL],
);
const hotelId = hotelRows[0]!.id;
await db.query(
  `WITH guests AS (
     INSERT INTO "Customer" (id, "firstName", "lastName", "searchName", "updatedAt")
     SELECT gen_random_uuid(), 'Gast', 'Bench ' || n, 'gast bench ' || n, now() FROM generate_series(1, $1) n
     RETURNING id, "lastName"
   ), numbered AS (SELECT id, split_part("lastName", ' ', 2)::int AS n FROM guests),
   identities AS (
     INSERT INTO "Identity" (id, "customerId", type, "rawValue", "normalizedValue", source)
     SELECT gen_random_uuid(), id, 'email', 'gast' || n || '@bench.example', 'gast' || n || '@bench.example', 'bench'
     FROM numbered
   ), places AS (
     INSERT INTO "CustomerLocation" ("customerId", "locationId") SELECT id, $2 FROM numbered
   ), complaints AS (
     INSERT INTO "ServiceCase" (id, "customerId", reference, kind, reason, summary, channel, "openedAt", source, "updatedAt")
     SELECT gen_random_uuid(), id, 'BENCH-CASE-' || n, 'complaint', 'Noise', 'Noise at night', 'email', now() - interval '3 days', 'bench', now()
     FROM numbered WHERE n % 10 = 0
   ), facts AS (
     INSERT INTO "CustomerFact" (id, "customerId", kind, label, value, source, "recordedAt")
     SELECT gen_random_uuid(), id, 'preference', 'Room preference', 'High floor', 'bench', now() FROM numbered WHERE n % 10 = 5
   )
   INSERT INTO "Booking" (id, "customerId", "locationId", reference, "arrivalDate", "departureDate", channel, "roomType", "roomNumber", source, "updatedAt")
   SELECT gen_random_uuid(), id, $2, 'BENCH-' || lpad(n::text, 5, '0'), $3::date, $3::date + 2, 'direct', 'Double', (100 + n)::text, 'bench', now()
   FROM numbered`,
  [ARRIVALS, hotelId, today],
);
const { rows: staffRows } = await db.query<{ id: string }>(
  `INSERT INTO "StaffUser" (id, email, name, role, "updatedAt") VALUES (gen_random_uuid(), 'desk@bench.example', 'Bench desk', 'receptionist', now()) RETURNING id`,
);
const staffId = staffRows[0]!.id;
await db.query(`INSERT INTO "StaffLocation" ("staffUserId", "locationId") VALUES ($1, $2)`, [
  staffId,
  hotelId,
]);
const apiKey = `gv_bench_${randomUUID()}${randomUUID()}`;
await db.query(
  `INSERT INTO "ApiKey" (id, name, source, scopes, "keyHash", prefix, "requestsPerSecond", "rateTokens", "updatedAt")
   VALUES (gen_random_uuid(), 'bench-live', 'bench-live', ARRAY['ingest'], $1, $2, 100000, 100000, now())`,
  [hashApiKey(apiKey), apiKey.slice(0, 10)],
);
await db.query("ANALYZE");
log(`A hotel with ${ARRIVALS} arrivals today, ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

// 3. Two app servers on it, nothing shared but the database.
const port = Number(values.port);
const servers: BenchServer[] = [];
servers.push(await startBenchServer(databaseUrl, port));
servers.push(await startBenchServer(databaseUrl, port + 1));
log(`App servers: ${servers.map((server) => server.url).join(" and ")}.`);

/** One signed-in browser per board: its own StaffSession, its cookie as next-auth writes it. */
const secret = localAuthSecret();
async function sessionCookie(): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO "StaffSession" (id, "staffUserId", "sessionVersion", "expiresAt", "userAgent")
     VALUES (gen_random_uuid(), $1, 1, now() + interval '12 hours', 'bench-live') RETURNING id`,
    [staffId],
  );
  const token = await encode({ token: { sub: staffId, sid: rows[0]!.id }, secret, maxAge: 12 * 3600 });
  return `${PLAIN_SESSION_COOKIE}=${token}`;
}

interface Row {
  bookingId: string;
  status: string;
  customer: { id: string };
}
interface Board {
  rows: Row[];
  generatedAt: string;
}

/** A board as the browser keeps it: its rows, its stream, and when each booking showed checked in. */
class BenchBoard {
  rows = new Map<string, Row>();
  checkedInAt = new Map<string, number>();
  reads = { whole: 0, partial: 0 };
  private stream: AbortController | null = null;
  private pending = new Set<string>();
  private xid = 0;
  private timer: NodeJS.Timeout | null = null;
  live = false;

  constructor(
    readonly server: number,
    private readonly cookie: string,
  ) {}

  private get base() {
    return servers[this.server]!.url;
  }

  private async get<T>(path: string): Promise<T> {
    const response = await fetch(`${this.base}${path}`, { headers: { cookie: this.cookie } });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return (await response.json()) as T;
  }

  private take(rows: Row[], asked?: string[]): void {
    const now = Date.now();
    if (asked) for (const id of asked) if (!rows.some((row) => row.bookingId === id)) this.rows.delete(id);
    for (const row of rows) {
      this.rows.set(row.bookingId, row);
      if (row.status === "checked_in" && !this.checkedInAt.has(row.bookingId))
        this.checkedInAt.set(row.bookingId, now);
    }
  }

  async readWhole(): Promise<Board> {
    this.reads.whole++;
    const board = await this.get<Board>(`/api/arrivals?location=${HOTEL}&date=${today}`);
    this.rows.clear();
    this.take(board.rows);
    return board;
  }

  private async readChanged(): Promise<void> {
    this.timer = null;
    const ids = [...this.pending];
    const xid = this.xid;
    this.pending.clear();
    const customers = new Set<string>();
    for (const id of ids) {
      const row = this.rows.get(id);
      if (row) customers.add(row.customer.id);
    }
    for (const row of this.rows.values()) if (customers.has(row.customer.id)) ids.push(row.bookingId);
    const asked = [...new Set(ids)];
    if (asked.some((id) => !this.rows.has(id))) return void (await this.readWhole());
    this.reads.partial++;
    const board = await this.get<Board>(
      `/api/arrivals?location=${HOTEL}&date=${today}&bookings=${asked.join(",")}${xid ? `&after=${xid}` : ""}`,
    );
    this.take(board.rows, asked);
  }

  async open(since: number): Promise<void> {
    this.stream = new AbortController();
    const response = await fetch(
      `${this.base}/api/arrivals/live?location=${HOTEL}&date=${today}&since=${since}`,
      {
        headers: { cookie: this.cookie, accept: "text/event-stream" },
        signal: this.stream.signal,
      },
    );
    if (!response.ok || !response.body) throw new Error(`stream: ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    let ready!: () => void;
    const isReady = new Promise<void>((resolve) => (ready = resolve));
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const message = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (\w+)/.exec(message)?.[1];
            const data = JSON.parse(/\ndata: (.*)$/s.exec(message)?.[1] ?? "{}") as {
              ids?: string[];
              all?: boolean;
              xid?: number;
            };
            if (event === "ready") {
              this.live = true;
              ready();
            } else if (event === "reset" || (event === "change" && data.all)) {
              void this.readWhole();
            } else if (event === "change") {
              for (const id of data.ids ?? []) this.pending.add(id);
              this.xid = Math.max(this.xid, data.xid ?? 0);
              this.timer ??= setTimeout(() => void this.readChanged().catch(() => undefined), 25);
            } else if (event === "end") {
              this.live = false;
            }
          }
        }
      } catch {
        // Closed by the benchmark.
      }
      this.live = false;
    })();
    await isReady;
  }

  close(): void {
    this.stream?.abort();
    this.live = false;
  }
}

async function statementsSince(reset: boolean): Promise<number> {
  if (countsStatements) {
    if (reset) {
      await db.query("SELECT pg_stat_statements_reset()");
      return 0;
    }
    const { rows } = await db.query<{ calls: string }>(
      `SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
       WHERE d.datname = current_database() AND query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE 'SELECT pg_stat_clear_snapshot%'`,
    );
    return Number(rows[0]!.calls);
  }
  // Without pg_stat_statements: committed transactions of this database (each statement of the app is one).
  await db.query("SELECT pg_stat_clear_snapshot()");
  const { rows } = await db.query<{ n: string }>(
    `SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()`,
  );
  const n = Number(rows[0]!.n);
  if (reset) baseline = n;
  return n - baseline;
}
let baseline = 0;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

try {
  // 4. The boards open: the whole board once (the page's render), then the stream.
  const boards: BenchBoard[] = [];
  for (let i = 0; i < BOARDS; i++) boards.push(new BenchBoard(i % 2, await sessionCookie()));
  await Promise.all(
    boards.map(async (board) => {
      const first = await board.readWhole();
      await board.open(Date.parse(first.generatedAt));
    }),
  );
  log(`${BOARDS} boards open and live (${BOARDS / 2} on each server).`);
  // Opening right after the servers started, some boards were told to read whole once (the servers
  // could not know what changed before they listened); count the reads from here on.
  await sleep(1_000);
  for (const board of boards) board.reads = { whole: 0, partial: 0 };
  const load = () =>
    `${os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(", ")} (${os.cpus().length} cores)`;
  log(`Load average before the check-ins: ${load()}.`);

  // 5. Check-ins through the API, alternately on each server.
  const waiting = [...boards[0]!.rows.values()].filter((row) => row.status === "confirmed");
  const { rows: refs } = await db.query<{ id: string; reference: string; email: string }>(
    `SELECT b.id, b.reference, i."normalizedValue" AS email FROM "Booking" b JOIN "Identity" i ON i."customerId" = b."customerId"
     WHERE b.id = ANY($1::uuid[])`,
    [waiting.slice(0, CHANGES).map((row) => row.bookingId)],
  );
  await sleep(1_000);
  await statementsSince(true);
  const changes: { bookingId: string; server: number; sentAt: number; answeredMs: number }[] = [];
  for (const [index, booking] of refs.entries()) {
    const server = index % 2;
    const sentAt = Date.now();
    const response = await fetch(`${servers[server]!.url}/api/v1/events`, {
      method: "POST",
      headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({
        events: [
          {
            type: "check_in",
            channel: "in_person",
            direction: "inbound",
            occurredAt: new Date().toISOString(),
            sourceEventId: `bench-live-${randomUUID()}`,
            identifiers: { email: booking.email },
            locationCode: HOTEL,
            summary: "Checked in (benchmark)",
            booking: { reference: booking.reference },
          },
        ],
      }),
    });
    if (!response.ok)
      throw new Error(`check-in ${booking.reference}: ${response.status} ${await response.text()}`);
    changes.push({ bookingId: booking.id, server, sentAt, answeredMs: Date.now() - sentAt });
    await sleep(INTERVAL_MS);
  }
  await sleep(2_000);
  const changeStatements = await statementsSince(false);

  const other: number[] = [];
  const same: number[] = [];
  let missing = 0;
  for (const change of changes)
    for (const board of boards) {
      const at = board.checkedInAt.get(change.bookingId);
      if (at === undefined) missing++;
      else (board.server === change.server ? same : other).push(at - change.sentAt);
    }
  const ms = (values: number[], p: number) =>
    Math.round(
      percentile(
        [...values].sort((a, b) => a - b),
        p,
      ),
    );
  const answered = changes.map((change) => change.answeredMs);
  log(
    `\nFreshness: ${changes.length} check-ins through POST /api/v1/events, one every ${INTERVAL_MS} ms, × ${BOARDS} boards`,
  );
  log(
    `  (from sending the check-in to the board holding the checked-in row; the API answered in p50 ${ms(answered, 50)} ms)`,
  );
  log(
    `  board on the other server: p50 ${ms(other, 50)} ms, p95 ${ms(other, 95)} ms, max ${ms(other, 100)} ms   target p95 < ${TARGET_MS} ms: ${ms(other, 95) < TARGET_MS ? "meets" : "misses"}`,
  );
  log(`  board on the same server:  p50 ${ms(same, 50)} ms, p95 ${ms(same, 95)} ms, max ${ms(same, 100)} ms`);
  log(`  boards that never showed a check-in: ${missing}`);
  const reads = boards.reduce(
    (sum, board) => ({ whole: sum.whole + board.reads.whole, partial: sum.partial + board.reads.partial }),
    { whole: 0, partial: 0 },
  );
  log(
    `  board reads: ${reads.partial} of changed rows, ${reads.whole} of whole boards; load average after: ${load()}`,
  );
  log(
    `  ${countsStatements ? "statements" : "transactions"} in PostgreSQL while changing: ${changeStatements} (${(changeStatements / changes.length).toFixed(1)} per check-in for ${BOARDS} boards)`,
  );

  // 6. Idle: boards open, nothing changes.
  await sleep(3_000);
  await statementsSince(true);
  await sleep(IDLE_S * 1000);
  const idle = await statementsSince(false);
  const stillLive = boards.filter((board) => board.live).length;
  log(
    `\nIdle, ${BOARDS} live boards open for ${IDLE_S} s with nothing changing: ${idle} ${countsStatements ? "statements" : "transactions"} = ${((idle * 60) / IDLE_S).toFixed(1)} per minute (target 0: ${idle === 0 ? "meets" : "misses"}); ${stillLive} boards still live`,
  );

  // 7. The same boards polling every 30 s, as before live boards.
  for (const board of boards) board.close();
  await sleep(1_000);
  await statementsSince(true);
  const polls = boards.map((board, index) => {
    const offset = (index * 30_000) / BOARDS;
    let timer: NodeJS.Timeout;
    const first = setTimeout(function poll() {
      void board.readWhole().catch(() => undefined);
      timer = setTimeout(poll, 30_000);
    }, offset);
    return () => {
      clearTimeout(first);
      clearTimeout(timer);
    };
  });
  await sleep(IDLE_S * 1000);
  for (const stop of polls) stop();
  await sleep(2_000);
  const polled = await statementsSince(false);
  log(
    `The same ${BOARDS} boards polling every 30 s instead: ${polled} ${countsStatements ? "statements" : "transactions"} = ${((polled * 60) / IDLE_S).toFixed(0)} per minute`,
  );
} finally {
  // Each step on its own, so the private cluster always stops, whatever failed before it.
  const quietly = (step: () => Promise<unknown>) =>
    step().catch((error: unknown) => console.error(`Cleaning up: ${(error as Error).message}`));
  for (const server of servers) await quietly(() => server.stop());
  await quietly(() => db.end());
  await quietly(() => admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  await quietly(() => admin.end());
  await quietly(async () => cluster?.stop());
}
