import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/events/route";
import { eventPayload } from "../../factories/event-factory";
import { callApi, createTestApiKey, type TestApiKey } from "../../helpers/api-client";

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
let apiKey: TestApiKey;

beforeAll(async () => {
  await client.connect();
  apiKey = await createTestApiKey(url, { source: "parallel" });
});
afterAll(() => client.end());

// 30 people, each known by an external id, a loyalty id and an email; writers mention them with
// random overlapping subsets, so batches race to create, extend and merge the same customers.
const PEOPLE = Array.from({ length: 30 }, (_, i) => ({
  externalUserId: `ext-${i}`,
  loyaltyId: `LOY${i}`,
  email: `person.${i}@parallel-test.nl`,
  webId: `web-${i % 7}`,
}));

function randomEvent(seed: number) {
  const person = PEOPLE[(seed * 7919) % PEOPLE.length]!;
  const keys = (["externalUserId", "loyaltyId", "email"] as const).filter((_, k) => ((seed >> k) & 1) === 1);
  const chosen = keys.length ? keys : (["email"] as const);
  const identifiers: Record<string, string> = Object.fromEntries(chosen.map((key) => [key, person[key]]));
  if (seed % 3 === 0) identifiers.webId = person.webId;
  return eventPayload({ identifiers, payload: { strong: chosen.map((key) => person[key]) } });
}

describe("8 parallel writers with overlapping identities", () => {
  it("never splits one strong identifier across customers and loses no event", async () => {
    let seed = 1;
    const writers = Array.from({ length: 8 }, async () => {
      const statuses: number[] = [];
      for (let round = 0; round < 6; round++) {
        const events = Array.from({ length: 40 }, () => randomEvent(seed++));
        statuses.push((await callApi(POST, "/api/v1/events", { key: apiKey.key, body: { events } })).status);
      }
      return statuses;
    });
    const statuses = (await Promise.all(writers)).flat();
    expect(statuses.every((status) => status === 200)).toBe(true);

    const events = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "JourneyEvent" WHERE source = 'parallel'`,
    );
    expect(events.rows[0]!.n).toBe(8 * 6 * 40);
    // Every event sits on the customer that owns each strong identifier it carried.
    const misplaced = await client.query(`
      SELECT e.id FROM "JourneyEvent" e, jsonb_array_elements_text(e.payload->'strong') AS v(value)
      JOIN "Identity" i ON i."normalizedValue" = lower(v.value) OR i."normalizedValue" = upper(v.value) OR i."normalizedValue" = v.value
      WHERE e.source = 'parallel' AND i.type IN ('external_user_id', 'loyalty_id', 'email') AND i."customerId" <> e."customerId"`);
    expect(misplaced.rows).toEqual([]);
    const orphans = await client.query(
      `SELECT id FROM "Customer" c WHERE NOT EXISTS (SELECT 1 FROM "Identity" i WHERE i."customerId" = c.id)`,
    );
    expect(orphans.rows).toEqual([]);
  }, 120_000);
});
