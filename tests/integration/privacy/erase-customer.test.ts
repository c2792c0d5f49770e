import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as track } from "@/app/api/v1/track/route";
import { POST as events } from "@/app/api/v1/events/route";
import type { Actor } from "@/lib/auth/actor";
import { eraseCustomer } from "@/lib/privacy/erase-customer";
import { liftSuppression } from "@/lib/privacy/lift-suppression";
import { suppressionHash } from "@/lib/privacy/privacy-keys";
import { createActor } from "../../factories/actor-factory";
import { seedPersonalCustomer, type PersonalCustomer } from "../../factories/personal-data-factory";
import { createLocation } from "../../factories/staff-factory";
import { callApi, createTestApiKey, type TestApiKey } from "../../helpers/api-client";
import { countScannedColumns, scanForTerms } from "../../helpers/personal-data-scan";

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
let apiKey: TestApiKey;
let admin: Actor;
let person: PersonalCustomer;

async function aggregates(customerId: string) {
  const { rows } = await client.query(
    `SELECT (SELECT count(*)::int FROM "JourneyEvent" WHERE "customerId" = $1) AS events,
       (SELECT json_object_agg(type, n) FROM (SELECT type::text, count(*)::int AS n FROM "JourneyEvent" WHERE "customerId" = $1 GROUP BY 1) t) AS "byType",
       (SELECT count(*)::int FROM "OutboundContact" WHERE "customerId" = $1) AS contacts,
       (SELECT count(*)::int FROM "OrderLine" l JOIN "Order" o ON o.id = l."orderId" WHERE o."customerId" = $1) AS lines,
       (SELECT count(*)::int FROM "Booking" WHERE "customerId" = $1) AS bookings,
       (SELECT count(*)::int FROM "ServiceCase" WHERE "customerId" = $1 AND status = 'open') AS "openCases",
       (SELECT count(*)::int FROM "Consent" WHERE "customerId" = $1) AS consents,
       (SELECT count(*)::int FROM "CustomerLocation" WHERE "customerId" = $1) AS locations`,
    [customerId],
  );
  return rows[0];
}

beforeAll(async () => {
  await client.connect();
  const hotel = await createLocation(url, "HTL-ERA", "hotel");
  const store = await createLocation(url, "STR-ERA", "store");
  apiKey = await createTestApiKey(url, { source: "erase-source" });
  admin = await createActor("admin", [hotel, store]);
  person = await seedPersonalCustomer(apiKey.key, admin, { hotel: "HTL-ERA", store: "STR-ERA" });
});
afterAll(() => client.end());

describe("erasing a customer", () => {
  it("leaves none of their names, identifiers or references in any column of any table", async () => {
    const before = await scanForTerms(client, person.terms);
    // The seed really put the person everywhere the erasure must reach.
    const tables = new Set(before.map((hit) => hit.table));
    for (const table of [
      "Customer",
      "Identity",
      "JourneyEvent",
      "Booking",
      "Order",
      "ServiceCase",
      "CustomerFact",
      "OutboundContact",
      "MergeRecord",
      "IdempotencyRecord",
      "AuditEntry",
    ])
      expect(tables, table).toContain(table);
    const aggregatesBefore = await aggregates(person.customerId);

    const result = await eraseCustomer(person.customerId, {
      reason: "Asked by email",
      origin: "admin",
      actor: admin,
    });

    expect(await countScannedColumns(client)).toBeGreaterThan(80);
    expect(await scanForTerms(client, person.terms)).toEqual([]);
    expect(result.pseudonym).toMatch(/^ERASED-[0-9A-F]{8}$/);
    // Counts stay: the stub keeps the events, contacts, order lines and locations.
    expect(await aggregates(person.customerId)).toEqual(aggregatesBefore);
    const { rows } = await client.query(
      `SELECT pseudonym, "erasedAt" IS NOT NULL AS "isErased" FROM "Customer" WHERE id = $1`,
      [person.customerId],
    );
    expect(rows[0]).toEqual({ pseudonym: result.pseudonym, isErased: true });
  });

  it("keeps the erased identifiers only as keyed hashes and drops them on ingest", async () => {
    const { rows } = await client.query<{ hash: string }>(`SELECT hash FROM "Suppression"`);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) expect(row.hash).toMatch(/^[0-9a-f]{64}$/);

    const segment = await callApi(track, "/api/v1/track", {
      key: apiKey.key,
      auth: "basic",
      body: {
        type: "track",
        event: "Viewed room",
        messageId: "seg-after-erasure",
        context: { traits: { email: person.email.toUpperCase() } },
        anonymousId: "anon-new",
      },
    });
    expect(segment.status).toBe(200);
    expect(segment.body).toMatchObject({
      suppressed: 1,
      accepted: 0,
      results: [{ index: 0, status: "suppressed" }],
    });

    const own = await callApi(events, "/api/v1/events", {
      key: apiKey.key,
      body: {
        events: [
          {
            type: "page_view",
            channel: "web",
            direction: "inbound",
            occurredAt: "2026-11-01T10:00:00Z",
            sourceEventId: "after-1",
            identifiers: { email: person.email },
          },
          {
            type: "page_view",
            channel: "web",
            direction: "inbound",
            occurredAt: "2026-11-01T10:00:00Z",
            sourceEventId: "after-2",
            identifiers: { email: "someone.else@erase-test.nl" },
          },
        ],
      },
    });
    expect(own.body).toMatchObject({
      accepted: 1,
      suppressed: 1,
      results: [{ status: "suppressed" }, { status: "accepted" }],
    });
    expect(await scanForTerms(client, person.terms)).toEqual([]);
  });

  it("lets an admin lift a suppression with a reason, after which the identifier is accepted again", async () => {
    const externalId = person.terms[4]!;
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM "Suppression" WHERE type = 'external_user_id' AND hash = $1`,
      [suppressionHash("external_user_id", externalId)],
    );
    const suppressionId = rows[0]!.id;
    await expect(liftSuppression(admin, { suppressionId, reason: "x" })).rejects.toThrow(/at least 5/);
    await liftSuppression(admin, { suppressionId, reason: "Came back and asked to be known" });
    await expect(liftSuppression(admin, { suppressionId, reason: "Again, twice" })).rejects.toThrow(
      /No such active/,
    );
    const lifted = await client.query(`SELECT "liftReason", "liftedById" FROM "Suppression" WHERE id = $1`, [
      suppressionId,
    ]);
    expect(lifted.rows[0]).toEqual({ liftReason: "Came back and asked to be known", liftedById: admin.id });
    const sent = await callApi(events, "/api/v1/events", {
      key: apiKey.key,
      body: {
        events: [
          {
            type: "page_view",
            channel: "web",
            direction: "inbound",
            occurredAt: "2026-11-02T10:00:00Z",
            sourceEventId: "after-lift",
            identifiers: { externalUserId: externalId },
          },
        ],
      },
    });
    expect(sent.body).toMatchObject({ accepted: 1, suppressed: 0 });
  });

  it("refuses to erase the same customer twice", async () => {
    await expect(
      eraseCustomer(person.customerId, { reason: "again", origin: "admin", actor: admin }),
    ).rejects.toThrow(/already erased/);
  });
});

describe("erasing the survivor of a chain of merges", () => {
  it("removes the snapshots of records merged into records it absorbed (A into B, then B into C)", async () => {
    const survivor = await seedPersonalCustomer(apiKey.key, admin, { hotel: "HTL-ERA", store: "STR-ERA" });
    const { rows } = await client.query<{ mergedId: string }>(
      `SELECT "mergedId" FROM "MergeRecord" WHERE "survivorId" = $1`,
      [survivor.customerId],
    );
    expect(rows.length).toBeGreaterThan(0);
    // An older merge into the record the survivor later absorbed, holding the same person's name.
    await client.query(
      `INSERT INTO "MergeRecord" (id, "survivorId", "mergedId", snapshot, reason)
       VALUES (gen_random_uuid(), $1, gen_random_uuid(), $2, 'automatic: email')`,
      [rows[0]!.mergedId, JSON.stringify({ merged: { firstName: "Zorgvliedje", lastName: "Oudeketen" } })],
    );
    await eraseCustomer(survivor.customerId, { reason: "Asked by email", origin: "admin", actor: admin });
    const left = await client.query(
      `SELECT count(*)::int AS n FROM "MergeRecord" WHERE snapshot::text ILIKE '%zorgvliedje%'`,
    );
    expect(left.rows[0].n).toBe(0);
    expect(await scanForTerms(client, ["Zorgvliedje", "Oudeketen"])).toEqual([]);
  });
});

describe("the append-only audit log", () => {
  it("still refuses UPDATE, DELETE and TRUNCATE outside the redaction and purge functions", async () => {
    await expect(client.query(`UPDATE "AuditEntry" SET reason = 'x'`)).rejects.toThrow(/append-only/);
    await expect(client.query(`DELETE FROM "AuditEntry"`)).rejects.toThrow(/append-only/);
    await expect(client.query(`TRUNCATE "AuditEntry"`)).rejects.toThrow(/append-only/);
  });

  it("lets the redaction flag replace free text only, never who, when or what", async () => {
    await client.query("BEGIN");
    try {
      await client.query(`SELECT set_config('gastvrij.audit_redaction', 'on', true)`);
      await expect(
        client.query(`UPDATE "AuditEntry" SET action = 'forged', details = '{"redactedAs":"x"}'`),
      ).rejects.toThrow(/append-only/);
    } finally {
      await client.query("ROLLBACK");
    }
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM "AuditEntry" WHERE details ? 'redactedAs'`,
    );
    expect(rows[0].n).toBeGreaterThan(0);
  });
});
