import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/events/route";
import { db } from "@/lib/db/client";
import { mergeInTransaction } from "@/lib/identity/merge-in-transaction";
import { undoMergeInTransaction } from "@/lib/identity/undo-merge-in-transaction";
import { eventPayload } from "../../factories/event-factory";
import { callApi, createTestApiKey, type TestApiKey } from "../../helpers/api-client";
import { dumpCustomers } from "../../helpers/customer-dump";

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
let apiKey: TestApiKey;

beforeAll(async () => {
  await client.connect();
  apiKey = await createTestApiKey(url, { source: "resolver" });
});
afterAll(() => client.end());

type Result = { status: string; customerId: string; warnings?: { path: string; message: string }[] };
async function send(...events: ReturnType<typeof eventPayload>[]): Promise<Result[]> {
  const response = await callApi(POST, "/api/v1/events", { key: apiKey.key, body: { events } });
  return (response.body as { results: Result[] }).results;
}
const ownerOf = async (type: string, value: string) =>
  (
    await client.query<{ customerId: string }>(
      'SELECT "customerId" FROM "Identity" WHERE type = $1 AND "normalizedValue" = $2',
      [type, value],
    )
  ).rows[0]?.customerId;

describe("identity resolution", () => {
  it("merges two customers tied by strong identifiers and keeps the loser's ids resolvable", async () => {
    const [a] = await send(eventPayload({ identifiers: { email: "strong.a@gastvrij-test.nl" } }));
    const [b] = await send(
      eventPayload({ identifiers: { loyaltyId: "L-1001" } }),
      eventPayload({ identifiers: { loyaltyId: "L-1001" } }),
    );
    expect(a!.customerId).not.toBe(b!.customerId);
    const [tie] = await send(
      eventPayload({ identifiers: { email: "strong.a@gastvrij-test.nl", loyaltyId: " l-1001" } }),
    );
    const survivor = tie!.customerId;
    expect([a!.customerId, b!.customerId]).toContain(survivor);
    expect(await ownerOf("email", "strong.a@gastvrij-test.nl")).toBe(survivor);
    expect(await ownerOf("loyalty_id", "L-1001")).toBe(survivor);
    const events = await client.query(
      'SELECT count(*)::int AS n FROM "JourneyEvent" WHERE "customerId" = $1',
      [survivor],
    );
    expect(events.rows[0].n).toBe(4);
    const record = await client.query(
      'SELECT reason, "identityType" FROM "MergeRecord" WHERE "survivorId" = $1',
      [survivor],
    );
    expect(survivor).toBe(b!.customerId); // the loyalty id outranks the email
    expect(record.rows).toEqual([{ reason: "automatic: shared email", identityType: "email" }]);
    const [later] = await send(eventPayload({ identifiers: { loyaltyId: "L-1001" } }));
    expect(later!.customerId).toBe(survivor);
  });

  it("only suggests a duplicate when a weak identifier ties a known person to a new email", async () => {
    const [known] = await send(
      eventPayload({ identifiers: { email: "weak.a@gastvrij-test.nl", phone: "06 2233 4455" } }),
    );
    const [other] = await send(
      eventPayload({ identifiers: { email: "weak.b@gastvrij-test.nl", phone: "+31622334455" } }),
    );
    expect(other!.customerId).not.toBe(known!.customerId);
    expect(await ownerOf("phone", "+31622334455")).toBe(known!.customerId);
    const suggestion = await client.query(
      'SELECT "identityType", status FROM "DuplicateSuggestion" WHERE $1 IN ("customerAId", "customerBId") AND $2 IN ("customerAId", "customerBId")',
      [known!.customerId, other!.customerId],
    );
    expect(suggestion.rows).toEqual([{ identityType: "phone", status: "open" }]);
  });

  it("attaches a sign-up to the anonymous browsing history of its web id", async () => {
    const [anonymous] = await send(eventPayload({ identifiers: { webId: "anon-device-77" } }));
    const [signup] = await send(
      eventPayload({
        type: "generic",
        name: "Signed Up",
        identifiers: { webId: "anon-device-77", email: "signup@gastvrij-test.nl" },
      }),
    );
    expect(signup!.customerId).toBe(anonymous!.customerId);
  });

  it("joins earlier anonymous browsing to a known person when that browser identifies later", async () => {
    const [known] = await send(eventPayload({ identifiers: { externalUserId: "late-identify" } }));
    const [anonymous] = await send(eventPayload({ identifiers: { webId: "anon-late-1" } }));
    expect(anonymous!.customerId).not.toBe(known!.customerId);
    const [identified] = await send(
      eventPayload({ identifiers: { externalUserId: "late-identify", webId: "anon-late-1" } }),
    );
    expect(identified!.customerId).toBe(known!.customerId);
    const events = await client.query(
      'SELECT count(*)::int AS n FROM "JourneyEvent" WHERE "customerId" = $1',
      [known!.customerId],
    );
    expect(events.rows[0].n).toBe(3);
    const merge = await client.query('SELECT reason FROM "MergeRecord" WHERE "mergedId" = $1', [
      anonymous!.customerId,
    ]);
    expect(merge.rows).toEqual([{ reason: "automatic: anonymous browser identified" }]);
  });

  it("treats a web id seen on more than five customers as a shared device", async () => {
    const [owner] = await send(
      eventPayload({ identifiers: { webId: "lobby-pc", email: "lobby.0@gastvrij-test.nl" } }),
    );
    for (let i = 1; i <= 6; i++)
      await send(eventPayload({ identifiers: { webId: "lobby-pc", email: `lobby.${i}@gastvrij-test.nl` } }));
    const identity = await client.query(
      'SELECT "isShared", "customerId" FROM "Identity" WHERE type = $1 AND "normalizedValue" = $2',
      ["web_id", "lobby-pc"],
    );
    expect(identity.rows[0]).toEqual({ isShared: true, customerId: owner!.customerId });
    const open = await client.query(
      `SELECT count(*)::int AS n FROM "DuplicateSuggestion" WHERE "normalizedValue" = 'lobby-pc' AND status = 'open'`,
    );
    expect(open.rows[0].n).toBe(0);
    expect(
      await client
        .query(`SELECT count(*)::int AS n FROM "MergeRecord" WHERE "survivorId" = $1`, [owner!.customerId])
        .then((r) => r.rows[0].n),
    ).toBe(0);
  });

  it("ignores placeholder identifiers with a warning", async () => {
    const [result] = await send(
      eventPayload({ identifiers: { email: "null", phone: "0000000000", externalUserId: "user-5150" } }),
    );
    expect(result!.status).toBe("accepted");
    expect(result!.warnings?.map((w) => w.path)).toEqual([
      "$.events[0].identifiers.email",
      "$.events[0].identifiers.phone",
    ]);
    expect(await ownerOf("email", "null")).toBeUndefined();
  });

  it("undoes a merge, restoring both customers exactly", async () => {
    const [a] = await send(
      eventPayload({ identifiers: { externalUserId: "undo-a" }, traits: { firstName: "Ada" } }),
      eventPayload({
        type: "consent_changed",
        channel: "email",
        identifiers: { externalUserId: "undo-a" },
        consent: { purpose: "newsletter", channel: "email", status: "granted" },
      }),
    );
    const [b] = await send(
      eventPayload({
        identifiers: { email: "undo.b@gastvrij-test.nl", phone: "0612121212" },
        traits: { lastName: "Bakker" },
      }),
    );
    await send(eventPayload({ identifiers: { email: "undo.c@gastvrij-test.nl", phone: "0612121212" } }));
    // Outbound contact rows follow their events through the merge and back.
    await send(
      eventPayload({
        type: "newsletter_sent",
        channel: "email",
        direction: "outbound",
        identifiers: { email: "undo.b@gastvrij-test.nl" },
      }),
    );
    const before = await dumpCustomers(client, [a!.customerId, b!.customerId]);
    const mergeId = await db.$transaction((tx) =>
      mergeInTransaction(tx, {
        survivorId: a!.customerId,
        mergedId: b!.customerId,
        reason: "test",
        identityType: null,
        mergedById: null,
      }),
    );
    const merged = await dumpCustomers(client, [a!.customerId, b!.customerId]);
    expect(merged.Customer).toHaveLength(1);
    expect(merged.Identity).toHaveLength(3);
    expect(merged.OutboundContact).toHaveLength(1);
    expect(merged.OutboundContact![0]).toContain(a!.customerId);
    await db.$transaction((tx) => undoMergeInTransaction(tx, mergeId, null));
    expect(await dumpCustomers(client, [a!.customerId, b!.customerId])).toEqual(before);
  });
});
