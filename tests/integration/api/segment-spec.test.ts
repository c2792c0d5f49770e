// The Segment spec beyond identify/track/page, and bodies that once gave 500s, through the real
// route handlers: mislabelled JSON, batch-level context, screen, alias, out-of-range dates.
import { gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as alias } from "@/app/api/v1/alias/route";
import { POST as batch } from "@/app/api/v1/batch/route";
import { POST as events } from "@/app/api/v1/events/route";
import { POST as identify } from "@/app/api/v1/identify/route";
import { POST as screen } from "@/app/api/v1/screen/route";
import { createLocation } from "../../factories/staff-factory";
import { callApi, createTestApiKey, type TestApiKey } from "../../helpers/api-client";

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
let key: TestApiKey;

beforeAll(async () => {
  await client.connect();
  await createLocation(url, "HTL-SPC");
  key = await createTestApiKey(url, { source: "spec" });
});
afterAll(() => client.end());

const customerOf = async (type: string, value: string) =>
  (
    await client.query<{ id: string }>(
      `SELECT "customerId" AS id FROM "Identity" WHERE type = $1::"IdentityType" AND "normalizedValue" = $2`,
      [type, value],
    )
  ).rows[0]?.id;

describe("Content-Type on Segment routes", () => {
  it("takes gzipped JSON labelled as form data, and keeps 415 for a body that is not JSON", async () => {
    const body = { batch: [{ type: "identify", userId: "ct-1", traits: { email: "ct1@gastvrij-test.nl" } }] };
    const gzipped = await callApi(batch, "/api/v1/batch", {
      key: key.key,
      rawBody: new Uint8Array(gzipSync(JSON.stringify(body))),
      headers: { "content-type": "application/x-www-form-urlencoded", "content-encoding": "gzip" },
    });
    expect(gzipped.status).toBe(200);
    expect(await customerOf("external_user_id", "ct-1")).toBeDefined();
    const plain = await callApi(identify, "/api/v1/identify", {
      key: key.key,
      rawBody: JSON.stringify({ userId: "ct-2", traits: { email: "ct2@gastvrij-test.nl" } }),
      headers: { "content-type": "text/plain" },
    });
    expect(plain.status).toBe(200);
    for (const rawBody of ["userId=ct-3&x=1", "{broken"]) {
      const refused = await callApi(batch, "/api/v1/batch", {
        key: key.key,
        rawBody,
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      expect(refused.status).toBe(415);
    }
    // Gastvrij's own API keeps its strict label.
    const own = await callApi(events, "/api/v1/events", {
      key: key.key,
      rawBody: JSON.stringify({ events: [] }),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(own.status).toBe(415);
  });
});

describe("batch-level context and integrations", () => {
  it("applies the batch's context.campaign to every message, the message's own keys winning", async () => {
    const response = await callApi(batch, "/api/v1/batch", {
      key: key.key,
      body: {
        context: { campaign: { source: "newsletter", medium: "email", name: "december" }, locale: "nl-NL" },
        integrations: { All: false },
        batch: [
          {
            type: "page",
            messageId: "ctx-1",
            userId: "ctx-user",
            name: "Home",
            timestamp: "2026-11-05T10:00:00Z",
          },
          {
            type: "page",
            messageId: "ctx-2",
            userId: "ctx-user",
            name: "Rooms",
            timestamp: "2026-11-05T10:01:00Z",
            context: { campaign: { source: "google" }, page: { referrer: "https://www.google.com/" } },
          },
        ],
      },
    });
    expect(response.status).toBe(200);
    const { rows } = await client.query(
      `SELECT "sourceEventId", "utmSource", "utmMedium", "utmCampaign" FROM "JourneyEvent" WHERE source = 'spec' AND "sourceEventId" LIKE 'ctx-%' ORDER BY 1`,
    );
    expect(rows).toEqual([
      { sourceEventId: "ctx-1", utmSource: "newsletter", utmMedium: "email", utmCampaign: "december" },
      { sourceEventId: "ctx-2", utmSource: "google", utmMedium: "email", utmCampaign: "december" },
    ]);
  });
});

describe("screen", () => {
  it("is a page view on the app channel, alone and in a batch", async () => {
    const one = await callApi(screen, "/api/v1/screen", {
      key: key.key,
      body: {
        userId: "app-user",
        messageId: "scr-1",
        name: "Booking details",
        timestamp: "2026-11-06T08:00:00Z",
      },
    });
    expect(one.status).toBe(200);
    const inBatch = await callApi(batch, "/api/v1/batch", {
      key: key.key,
      body: { batch: [{ type: "screen", userId: "app-user", messageId: "scr-2", name: "Home" }] },
    });
    expect(inBatch.status).toBe(200);
    const { rows } = await client.query(
      `SELECT type::text, channel::text, summary FROM "JourneyEvent" WHERE source = 'spec' AND "sourceEventId" LIKE 'scr-%' ORDER BY "sourceEventId"`,
    );
    expect(rows).toEqual([
      { type: "page_view", channel: "app", summary: "Booking details" },
      { type: "page_view", channel: "app", summary: "Home" },
    ]);
  });

  it("group is still refused per message, with a reason", async () => {
    const response = await callApi(batch, "/api/v1/batch", {
      key: key.key,
      body: { batch: [{ type: "group", userId: "g-1", groupId: "acme", messageId: "grp-1" }] },
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain("group is not supported");
  });
});

async function identifyAs(userId: string, extra: Record<string, unknown> = {}) {
  const response = await callApi(identify, "/api/v1/identify", { key: key.key, body: { userId, ...extra } });
  expect(response.status).toBe(200);
}

describe("alias", () => {
  it("merges two customers when previousId is a known user id (strong)", async () => {
    await identifyAs("alias-old", { traits: { email: "old@gastvrij-test.nl" } });
    await identifyAs("alias-new", { traits: { email: "new@gastvrij-test.nl" } });
    expect(await customerOf("external_user_id", "alias-old")).not.toBe(
      await customerOf("external_user_id", "alias-new"),
    );
    const response = await callApi(alias, "/api/v1/alias", {
      key: key.key,
      body: { previousId: "alias-old", userId: "alias-new", messageId: "al-1" },
    });
    expect(response.status).toBe(200);
    expect(await customerOf("external_user_id", "alias-old")).toBe(
      await customerOf("external_user_id", "alias-new"),
    );
  });

  it("lets an anonymous visitor join the user, as identify does", async () => {
    await callApi(batch, "/api/v1/batch", {
      key: key.key,
      body: { batch: [{ type: "page", anonymousId: "anon-join", messageId: "al-page-1", name: "Home" }] },
    });
    const anonymous = await customerOf("web_id", "anon-join");
    const response = await callApi(alias, "/api/v1/alias", {
      key: key.key,
      body: { previousId: "anon-join", userId: "joined-user" },
    });
    expect(response.status).toBe(200);
    expect(await customerOf("external_user_id", "joined-user")).toBe(anonymous);
  });

  it("only suggests when the web id belongs to another known person, and never touches a shared device", async () => {
    await identifyAs("alias-c", { anonymousId: "web-of-c", traits: { email: "c@gastvrij-test.nl" } });
    await identifyAs("alias-d", { traits: { email: "d@gastvrij-test.nl" } });
    await callApi(alias, "/api/v1/alias", {
      key: key.key,
      body: { previousId: "web-of-c", userId: "alias-d" },
    });
    const c = await customerOf("external_user_id", "alias-c");
    const d = await customerOf("external_user_id", "alias-d");
    expect(c).not.toBe(d);
    const suggested = await client.query(
      `SELECT count(*)::int AS n FROM "DuplicateSuggestion" WHERE $1 IN ("customerAId", "customerBId") AND $2 IN ("customerAId", "customerBId")`,
      [c, d],
    );
    expect(suggested.rows[0].n).toBe(1);

    await identifyAs("alias-e", { anonymousId: "kiosk-1", traits: { email: "e@gastvrij-test.nl" } });
    await client.query(
      `UPDATE "Identity" SET "isShared" = true WHERE type = 'web_id' AND "normalizedValue" = 'kiosk-1'`,
    );
    await identifyAs("alias-f", { traits: { email: "f@gastvrij-test.nl" } });
    await callApi(alias, "/api/v1/alias", {
      key: key.key,
      body: { previousId: "kiosk-1", userId: "alias-f" },
    });
    const e = await customerOf("external_user_id", "alias-e");
    const f = await customerOf("external_user_id", "alias-f");
    expect(e).not.toBe(f);
    expect(await customerOf("web_id", "kiosk-1")).toBe(e);
  });

  it("names the field when previousId or userId is missing", async () => {
    const response = await callApi(alias, "/api/v1/alias", { key: key.key, body: { userId: "u" } });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain("$.previousId");
  });
});

describe("dates PostgreSQL would refuse", () => {
  it("rejects a year-0000 birthday alone and keeps the rest of the batch", async () => {
    const response = await callApi(batch, "/api/v1/batch", {
      key: key.key,
      body: {
        batch: [
          {
            type: "identify",
            userId: "bday-0",
            traits: { email: "b0@gastvrij-test.nl", birthday: "0000-01-01" },
          },
          {
            type: "identify",
            userId: "bday-1",
            traits: { email: "b1@gastvrij-test.nl", birthday: "1990-03-04" },
          },
        ],
      },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      results: [
        { status: "rejected", errors: [{ path: "$.batch[0].traits.birthday" }] },
        { status: "accepted" },
      ],
    });
    expect(await customerOf("external_user_id", "bday-0")).toBeUndefined();
  });

  it("rejects a year-0000 arrivalDate or birthDate with its path and stores the valid events", async () => {
    const event = (id: string, extra: Record<string, unknown>) => ({
      type: "booking_created",
      channel: "direct",
      direction: "inbound",
      occurredAt: "2026-11-20T10:00:00Z",
      sourceEventId: id,
      locationCode: "HTL-SPC",
      identifiers: { email: `${id}@gastvrij-test.nl` },
      booking: {
        reference: `REF-${id}`,
        arrivalDate: "2026-12-01",
        departureDate: "2026-12-02",
        roomType: "Twin",
      },
      ...extra,
    });
    const response = await callApi(events, "/api/v1/events", {
      key: key.key,
      body: {
        events: [
          event("d-0", {
            booking: {
              reference: "REF-d-0",
              arrivalDate: "0000-01-01",
              departureDate: "2026-12-02",
              roomType: "Twin",
            },
          }),
          event("d-1", {}),
          event("d-2", { traits: { birthDate: "0000-12-31" } }),
        ],
      },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      accepted: 1,
      results: [
        { status: "rejected", errors: [{ path: "$.events[0].booking.arrivalDate" }] },
        { status: "accepted" },
        { status: "rejected", errors: [{ path: "$.events[2].traits.birthDate" }] },
      ],
    });
  });
});
