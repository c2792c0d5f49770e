import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { applyRetention } from "@/lib/retention/apply-retention";
import { getRetentionPolicy } from "@/lib/retention/get-retention-policy";
import { runRetentionIfDue } from "@/lib/retention/run-retention-daily";
import { saveRetentionPolicy } from "@/lib/retention/save-retention-policy";
import { createActor } from "../../factories/actor-factory";
import { createTestApiKey } from "../../helpers/api-client";

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
// The test's clock: the job runs "on" this day, and every date below is relative to it.
const NOW = new Date("2030-06-01T03:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
let admin: Actor;
let active = "";
let inactive = "";

async function customer(lastSeenDaysAgo: number, email: string): Promise<string> {
  const id = randomUUID();
  await client.query(
    `INSERT INTO "Customer" (id, "firstName", "lastName", "searchName", "firstSeenAt", "lastSeenAt", "updatedAt")
     VALUES ($1, 'Ret', $2, 'ret', $3, $3, now())`,
    [id, `Tester${lastSeenDaysAgo}`, daysAgo(lastSeenDaysAgo)],
  );
  await client.query(
    `INSERT INTO "Identity" (id, "customerId", type, "rawValue", "normalizedValue", source) VALUES ($1, $2, 'email', $3, $3, 'test')`,
    [randomUUID(), id, email],
  );
  return id;
}

async function event(customerId: string, days: number) {
  await client.query(
    `INSERT INTO "JourneyEvent" (id, "customerId", type, channel, direction, "occurredAt", source, "sourceEventId", summary)
     VALUES ($1, $2, 'page_view', 'web', 'inbound', $3, 'test', $4, 'Page view')`,
    [randomUUID(), customerId, daysAgo(days), randomUUID()],
  );
}

const count = async (sql: string) => (await client.query<{ n: number }>(sql)).rows[0]!.n;

beforeAll(async () => {
  await client.connect();
  admin = await createActor("admin");
  active = await customer(10, "still.here@retention-test.nl");
  inactive = await customer(900, "long.gone@retention-test.nl");
  for (const days of [5, 400]) await event(active, days);
  await event(inactive, 900);
  for (const days of [3, 500])
    await client.query(
      `INSERT INTO "AuditEntry" (id, "occurredAt", action, reason) VALUES ($1, $2, 'customer.search', 'retention-test')`,
      [randomUUID(), daysAgo(days)],
    );
  const key = await createTestApiKey(url);
  for (const days of [1, 10])
    await client.query(
      `INSERT INTO "IdempotencyRecord" ("apiKeyId", key, "requestHash", status, "lockedUntil", "createdAt", "expiresAt") VALUES ($1, $2, 'h', 'completed', $3, $3, $3)`,
      [key.id, `k-${days}`, daysAgo(days)],
    );
});
afterAll(() => client.end());

describe("the retention policy", () => {
  it("is versioned with who, when and why, like the contact policy", async () => {
    expect((await getRetentionPolicy()).version).toBe(0);
    const settings = { eventDays: 365, inactiveCustomerDays: 730, auditDays: 365, idempotencyDays: 7 };
    expect(await saveRetentionPolicy(admin, { ...settings, note: "Shorter after DPO review" })).toEqual({
      version: 1,
    });
    await expect(saveRetentionPolicy(admin, { ...settings, note: "Same again" })).rejects.toThrow(
      /Nothing changed/,
    );
    await expect(
      saveRetentionPolicy(admin, { ...settings, eventDays: 3, note: "Too short" }),
    ).rejects.toThrow(/at least 30/);
    const policy = await getRetentionPolicy();
    expect(policy).toMatchObject({
      version: 1,
      eventDays: 365,
      note: "Shorter after DPO review",
      createdByName: admin.name,
    });
  });

  it("counts without changing anything on a dry run", async () => {
    // Entries this test wrote in real time (2026) are also past the period on the test's clock.
    const oldAudit = await count(
      `SELECT count(*)::int AS n FROM "AuditEntry" WHERE "occurredAt" < '${daysAgo(365)}'::timestamp`,
    );
    const counts = await applyRetention({ now: NOW, isDryRun: true });
    expect(counts).toEqual({
      policyVersion: 1,
      events: 2,
      customers: 1,
      auditEntries: oldAudit,
      idempotencyRecords: 1,
    });
    expect(await count(`SELECT count(*)::int AS n FROM "JourneyEvent"`)).toBe(3);
  });

  it("deletes and anonymises exactly what is past its period, in small batches", async () => {
    const oldAudit = await count(
      `SELECT count(*)::int AS n FROM "AuditEntry" WHERE "occurredAt" < '${daysAgo(365)}'::timestamp`,
    );
    const counts = await applyRetention({ now: NOW, batchSize: 1 });
    // The anonymisation's own audit entry is written (in real time) before the purge, so it goes too.
    expect(counts).toEqual({
      policyVersion: 1,
      events: 2,
      customers: 1,
      auditEntries: oldAudit + 1,
      idempotencyRecords: 1,
    });
    expect(
      await count(
        `SELECT count(*)::int AS n FROM "AuditEntry" WHERE "occurredAt" < '${daysAgo(365)}'::timestamp AND action <> 'retention.run'`,
      ),
    ).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM "JourneyEvent"`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM "AuditEntry" WHERE reason = 'retention-test'`)).toBe(
      1,
    );
    expect(await count(`SELECT count(*)::int AS n FROM "IdempotencyRecord"`)).toBe(1);
    const { rows } = await client.query(
      `SELECT id, "lastName", "erasedAt" IS NOT NULL AS "isErased" FROM "Customer" ORDER BY "lastSeenAt"`,
    );
    expect(rows).toEqual([
      { id: inactive, lastName: null, isErased: true },
      { id: active, lastName: "Tester10", isErased: false },
    ]);
    // Anonymised for retention, not erased on request: the person may come back.
    expect(await count(`SELECT count(*)::int AS n FROM "Suppression"`)).toBe(0);
  });

  it("runs inside the app at most once a day", async () => {
    expect(await runRetentionIfDue(new Date(NOW.getTime() + 3_600_000))).toBe(false);
    expect(await runRetentionIfDue(new Date(NOW.getTime() + 25 * 3_600_000))).toBe(true);
    expect(await count(`SELECT count(*)::int AS n FROM "RetentionRun" WHERE NOT "isDryRun"`)).toBe(2);
  });
});
