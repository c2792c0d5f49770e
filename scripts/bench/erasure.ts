// npm run bench:erasure: how long erasing one customer with 50,000 events takes (target < 5 s).
// Builds a scratch database on the server of DATABASE_URL (or the embedded one), migrates it, seeds
// one customer with events, outbound contacts, bookings, orders, cases, facts, merges, idempotency
// records and audit entries (plus other customers' audit entries, which the redaction must scan),
// erases them through lib/privacy/erase-customer.ts and prints the figure. The scratch database is
// dropped afterwards.
// Usage: npm run bench:erasure [-- --events 50000 --audit-rows 200000]
import { parseArgs } from "node:util";
import pg from "pg";
import { migrateDatabase } from "../db/migrate-database";
import { localAuthSecret } from "../lib/auth-secret";
import { withDatabase } from "../lib/database";
import { onDatabase } from "../lib/database-url";

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "50000" },
    "audit-rows": { type: "string", default: "200000" },
  },
});
const EVENTS = Number(values.events);
const AUDIT_ROWS = Number(values["audit-rows"]);

async function seed(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO "Customer" (id, "firstName", "lastName", "searchName", street, city, "updatedAt")
     VALUES (gen_random_uuid(), 'Bench', 'Wisser', 'bench wisser', 'Dam 1', 'Amsterdam', now()) RETURNING id`,
  );
  const id = rows[0]!.id;
  await client.query(
    `INSERT INTO "Identity" (id, "customerId", type, "rawValue", "normalizedValue", source) VALUES
       (gen_random_uuid(), $1, 'email', 'bench.wisser@example.nl', 'bench.wisser@example.nl', 'bench'),
       (gen_random_uuid(), $1, 'phone', '06 1234 5678', '+31612345678', 'bench'),
       (gen_random_uuid(), $1, 'external_user_id', 'bench-user-1', 'bench-user-1', 'bench')`,
    [id],
  );
  await client.query(
    `INSERT INTO "Location" (id, code, name, type, city, "updatedAt") VALUES (gen_random_uuid(), 'BENCH', 'Bench hotel', 'hotel', 'Amsterdam', now())`,
  );
  await client.query(
    `INSERT INTO "JourneyEvent" (id, "customerId", type, channel, direction, "occurredAt", source, "sourceEventId", summary, payload, "utmCampaign")
     SELECT gen_random_uuid(), $1, CASE WHEN g % 10 = 0 THEN 'newsletter_sent'::"EventType" ELSE 'page_view'::"EventType" END,
       CASE WHEN g % 10 = 0 THEN 'email'::"Channel" ELSE 'web'::"Channel" END,
       CASE WHEN g % 10 = 0 THEN 'outbound'::"Direction" ELSE 'inbound'::"Direction" END,
       now() - g * interval '10 minutes', 'bench', 'bench-' || g, 'Bench Wisser looked at page ' || g,
       jsonb_build_object('email', 'bench.wisser@example.nl', 'page', g), 'winter'
     FROM generate_series(1, $2::int) g`,
    [id, EVENTS],
  );
  await client.query(
    `INSERT INTO "OutboundContact" ("eventId", "customerId", purpose, channel, "occurredAt", source, "withinPolicy")
     SELECT id, "customerId", 'marketing_email', 'email', "occurredAt", source, true FROM "JourneyEvent" WHERE type = 'newsletter_sent'`,
  );
  await client.query(
    `INSERT INTO "Booking" (id, "customerId", "locationId", reference, "arrivalDate", "departureDate", channel, "roomType", source, "updatedAt")
     SELECT gen_random_uuid(), $1, (SELECT id FROM "Location" LIMIT 1), 'BENCH-BK-' || g, current_date, current_date + 2, 'direct', 'Double', 'bench', now()
     FROM generate_series(1, 50) g`,
    [id],
  );
  await client.query(
    `INSERT INTO "AuditEntry" (id, action, "customerId", details)
     SELECT gen_random_uuid(), 'customer.view', $1, '{"section":"card"}' FROM generate_series(1, 500)`,
    [id],
  );
  await client.query(
    `INSERT INTO "AuditEntry" (id, action, details)
     SELECT gen_random_uuid(), 'customer.search', jsonb_build_object('q', 'someone ' || g) FROM generate_series(1, $1::int) g`,
    [AUDIT_ROWS],
  );
  await client.query("ANALYZE");
  return id;
}

await withDatabase(async (url) => {
  const scratch = `gastvrij_bench_erasure_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${scratch}"`);
  try {
    const scratchUrl = onDatabase(url, scratch);
    await migrateDatabase(scratchUrl);
    const client = new pg.Client({ connectionString: scratchUrl });
    await client.connect();
    const customerId = await seed(client);
    await client.end();
    process.env.DATABASE_URL = scratchUrl;
    process.env.NEXTAUTH_SECRET ??= localAuthSecret();
    // Imported only now: the data layer reads its configuration when it loads.
    const { eraseCustomer } = await import("../../lib/privacy/erase-customer");
    const { closeDb } = await import("../../lib/db/client");
    const started = performance.now();
    const result = await eraseCustomer(customerId, { reason: "Benchmark", origin: "admin" });
    const seconds = (performance.now() - started) / 1000;
    await closeDb();
    const lines = [
      `Erased a customer with ${EVENTS.toLocaleString("en")} events (and ${AUDIT_ROWS.toLocaleString("en")} other audit entries scanned) in ${seconds.toFixed(2)} s (target < 5 s).`,
      `  rows touched: ${Object.entries(result.counts)
        .map(([table, n]) => `${table} ${n}`)
        .join(", ")}`,
    ];
    await new Promise((resolve) => process.stdout.write(`${lines.join("\n")}\n`, resolve));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
    await admin.end();
  }
});
process.exit(0);
