import { randomUUID } from "node:crypto";
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { mergeInTransaction } from "@/lib/identity/merge-in-transaction";
import { undoMergeInTransaction } from "@/lib/identity/undo-merge-in-transaction";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { dumpCustomers } from "../../helpers/customer-dump";

const client = new pg.Client({ connectionString: process.env.DATABASE_URL! });
beforeAll(() => client.connect());
afterAll(() => client.end());

const FIELDS = ["externalUserId", "loyaltyId", "email", "phone", "webId"] as const;
const person = fc.integer({ min: 0, max: 5 });
const eventArb = fc.record({
  person,
  fields: fc.subarray([...FIELDS], { minLength: 1 }),
  retry: fc.boolean(),
});
const op = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("ingest" as const),
      events: fc.array(eventArb, { minLength: 1, maxLength: 6 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("merge" as const), a: fc.nat(), b: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("undo" as const), pick: fc.nat() }) },
);

// Phone numbers must differ between runs too, or one run's anonymous customer adopts another's.
const phoneBlock = new Map<string, number>();
function identifiersOf(run: string, who: number, fields: readonly string[]) {
  const all: Record<string, string> = {
    externalUserId: `${run}-ext-${who}`,
    loyaltyId: `${run}-LOY-${who}`.toUpperCase(),
    email: `${run}.p${who}@prop-test.nl`,
    phone: `+316${String(phoneBlock.get(run)).padStart(4, "0")}${who}${who + 1}${who + 2}${who + 3}`,
    webId: `${run}-web-${who % 3}`,
  };
  return Object.fromEntries(fields.map((field) => [field, all[field]!]));
}

async function customersOf(source: string): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(
    `SELECT DISTINCT i."customerId" AS id FROM "Identity" i WHERE i.source = $1 ORDER BY 1`,
    [source],
  );
  return rows.map((row) => row.id);
}

describe("ingestion and merges (properties)", () => {
  it("lose no event, and every identity belongs to exactly one existing customer", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), async (ops) => {
        const run = randomUUID().slice(0, 8);
        phoneBlock.set(run, phoneBlock.size + 1);
        const source = `prop-${run}`;
        const sent = new Map<string, Record<string, string>>();
        const identifiers = new Set<string>();
        const merges: string[] = [];
        let seq = 0;
        for (const step of ops) {
          if (step.kind === "ingest") {
            const events = step.events.map((e) => {
              // A retry re-sends an earlier event unchanged, as a source system would.
              const retried = e.retry && sent.size > 0 ? [...sent][seq % sent.size]! : undefined;
              const id = retried?.[0] ?? `${run}-${seq++}`;
              const ids = retried?.[1] ?? identifiersOf(run, e.person, e.fields);
              Object.values(ids).forEach((value) => identifiers.add(value.toLowerCase()));
              return {
                type: "page_view",
                channel: "web",
                direction: "inbound",
                occurredAt: "2026-11-01T10:00:00Z",
                sourceEventId: id,
                identifiers: ids,
              };
            });
            const result = await ingestEvents(source, events);
            expect(result.rejected).toBe(0);
            events.forEach((e) => sent.set(e.sourceEventId, e.identifiers));
          } else if (step.kind === "merge") {
            const customers = await customersOf(source);
            const a = customers[step.a % Math.max(customers.length, 1)];
            const b = customers[step.b % Math.max(customers.length, 1)];
            if (a && b && a !== b) {
              merges.push(
                await db.$transaction((tx) =>
                  mergeInTransaction(tx, {
                    survivorId: a,
                    mergedId: b,
                    reason: "property",
                    identityType: null,
                    mergedById: null,
                  }),
                ),
              );
            }
          } else if (merges.length > 0) {
            // Undo is refused while a later merge involves the survivor; that refusal is fine here.
            await db
              .$transaction((tx) => undoMergeInTransaction(tx, merges[step.pick % merges.length]!, null))
              .catch(() => undefined);
          }
        }
        const stored = await client.query<{ id: string }>(
          `SELECT "sourceEventId" AS id FROM "JourneyEvent" WHERE source = $1`,
          [source],
        );
        expect(stored.rows.map((r) => r.id).sort()).toEqual([...sent.keys()].sort());
        const identities = await client.query<{ value: string; owners: number; exists: boolean }>(
          `SELECT lower(i."normalizedValue") AS value, count(*)::int AS owners, bool_and(EXISTS (SELECT 1 FROM "Customer" c WHERE c.id = i."customerId")) AS exists
           FROM "Identity" i WHERE i.source = $1 GROUP BY i.type, i."normalizedValue"`,
          [source],
        );
        expect(identities.rows.filter((row) => row.owners !== 1 || !row.exists)).toEqual([]);
        const stored_ids = new Set(identities.rows.map((row) => row.value));
        for (const value of identifiers) expect([value, stored_ids.has(value)]).toEqual([value, true]);
      }),
      { numRuns: 25 },
    );
  }, 300_000);

  it("merge followed by undo restores both customers exactly", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(eventArb, { minLength: 2, maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        async (events, x, y) => {
          const run = randomUUID().slice(0, 8);
          phoneBlock.set(run, phoneBlock.size + 1);
          await ingestEvents(
            `undo-${run}`,
            events.map((e, i) => ({
              type: i % 3 === 0 ? "consent_changed" : "page_view",
              channel: "email",
              direction: "inbound",
              occurredAt: `2026-10-${10 + (i % 9)}T10:00:00Z`,
              sourceEventId: `${run}-${i}`,
              identifiers: identifiersOf(run, e.person, e.fields),
              traits: i % 2 ? { firstName: `F${e.person}` } : { city: "Utrecht" },
              ...(i % 3 === 0
                ? {
                    consent: {
                      purpose: "newsletter",
                      channel: "email",
                      status: i % 2 ? "granted" : "denied",
                    },
                  }
                : {}),
            })),
          );
          const customers = await customersOf(`undo-${run}`);
          const a = customers[x % customers.length]!;
          const b = customers[y % customers.length]!;
          fc.pre(a !== b);
          const before = await dumpCustomers(client, [a, b]);
          const mergeId = await db.$transaction((tx) =>
            mergeInTransaction(tx, {
              survivorId: a,
              mergedId: b,
              reason: "property",
              identityType: null,
              mergedById: null,
            }),
          );
          await db.$transaction((tx) => undoMergeInTransaction(tx, mergeId, null));
          expect(await dumpCustomers(client, [a, b])).toEqual(before);
        },
      ),
      { numRuns: 25 },
    );
  }, 300_000);
});
