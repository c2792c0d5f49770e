import { Analytics } from "@segment/analytics-node";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as batch } from "@/app/api/v1/batch/route";
import { POST as identify } from "@/app/api/v1/identify/route";
import { POST as page } from "@/app/api/v1/page/route";
import { POST as track } from "@/app/api/v1/track/route";
import { createLocation } from "../../factories/staff-factory";
import { callApi, createTestApiKey, type TestApiKey } from "../../helpers/api-client";
import { startRouteServer } from "../../helpers/route-server";

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
let apiKey: TestApiKey;
let server: Awaited<ReturnType<typeof startRouteServer>>;

beforeAll(async () => {
  await client.connect();
  await createLocation(url, "STR-SEG", "store");
  apiKey = await createTestApiKey(url, { source: "webshop-segment" });
  server = await startRouteServer({ "POST /api/v1/batch": batch });
});
afterAll(async () => {
  await server.close();
  await client.end();
});

async function timelineOf(type: string, value: string) {
  const { rows } = await client.query<{
    type: string;
    name: string | null;
    summary: string;
    utmSource: string | null;
  }>(
    `SELECT e.type::text, e.name, e.summary, e."utmSource" FROM "JourneyEvent" e JOIN "Identity" i ON i."customerId" = e."customerId"
     WHERE i.type = $1::"IdentityType" AND i."normalizedValue" = $2 ORDER BY e."occurredAt", e.summary`,
    [type, value],
  );
  return rows;
}

describe("Segment compatibility", () => {
  it("takes what @segment/analytics-node sends, with only host and path changed", async () => {
    const analytics = new Analytics({
      writeKey: apiKey.key,
      host: server.url,
      path: "/api/v1/batch",
      flushAt: 2,
      maxRetries: 0,
    });
    const errors: unknown[] = [];
    analytics.on("error", (error) => errors.push(error));
    analytics.page({
      anonymousId: "anon-seg-1",
      name: "Rooms",
      timestamp: new Date("2026-11-01T09:00:00Z"),
      context: {
        campaign: { source: "google", medium: "cpc", name: "winter" },
        page: { referrer: "https://www.google.com/" },
      },
    });
    analytics.identify({
      userId: "shop-user-42",
      anonymousId: "anon-seg-1",
      traits: { email: "Segment.Buyer@Gastvrij-Test.nl", firstName: "Sanne", lastName: "de Boer" },
    });
    analytics.track({
      userId: "shop-user-42",
      event: "Order Completed",
      timestamp: new Date("2026-11-02T10:00:00Z"),
      properties: {
        order_id: "SEG-ORD-1",
        total: 42.5,
        currency: "eur",
        pickup_location_code: "STR-SEG",
        products: [
          { product_id: "LAMP-7", name: "Desk lamp", category: "lighting", price: 42.5, quantity: 1 },
        ],
      },
    });
    analytics.track({
      userId: "shop-user-42",
      event: "Wishlist Shared",
      timestamp: new Date("2026-11-03T10:00:00Z"),
      properties: { list: "xmas" },
    });
    await analytics.closeAndFlush({ timeout: 20_000 });
    expect(errors).toEqual([]);

    const timeline = await timelineOf("external_user_id", "shop-user-42");
    expect(timeline).toEqual([
      { type: "page_view", name: null, summary: "Rooms", utmSource: "google" },
      { type: "order_placed", name: "Order Completed", summary: "Order Completed", utmSource: null },
      { type: "generic", name: "Wishlist Shared", summary: "Wishlist Shared", utmSource: null },
    ]);
    expect(await timelineOf("email", "segment.buyer@gastvrij-test.nl")).toHaveLength(3);
    const order = await client.query(
      `SELECT fulfilment, "pickupStatus", (SELECT count(*)::int FROM "OrderLine" l WHERE l."orderId" = o.id) AS lines FROM "Order" o WHERE "orderNumber" = 'SEG-ORD-1'`,
    );
    expect(order.rows).toEqual([{ fulfilment: "click_and_collect", pickupStatus: "preparing", lines: 1 }]);
    const customer = await client.query(
      `SELECT c."firstName", c."firstTouchChannel", c."firstTouchSource" FROM "Customer" c JOIN "Identity" i ON i."customerId" = c.id WHERE i."normalizedValue" = 'shop-user-42'`,
    );
    expect(customer.rows).toEqual([
      { firstName: "Sanne", firstTouchChannel: "web", firstTouchSource: "google / cpc" },
    ]);
  }, 60_000);

  it("accepts single identify, track and page calls with HTTP Basic auth", async () => {
    const basic = { key: apiKey.key, auth: "basic" as const };
    expect(
      (
        await callApi(identify, "/api/v1/identify", {
          ...basic,
          body: { userId: "single-1", traits: { email: "single@gastvrij-test.nl" } },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await callApi(track, "/api/v1/track", {
          ...basic,
          body: { userId: "single-1", event: "Email Link Clicked", messageId: "m-track-1" },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await callApi(page, "/api/v1/page", {
          ...basic,
          body: { anonymousId: "anon-single", messageId: "m-page-1", name: "Home" },
        })
      ).status,
    ).toBe(200);
    const clicked = await timelineOf("email", "single@gastvrij-test.nl");
    expect(clicked).toEqual([
      { type: "campaign_click", name: "Email Link Clicked", summary: "Email Link Clicked", utmSource: null },
    ]);
  });

  it("names the Segment field when a message is refused", async () => {
    const response = await callApi(track, "/api/v1/track", {
      key: apiKey.key,
      body: { event: "Order Completed", messageId: "m-bad-1" },
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain("$.properties.order_id");
    const anonymous = await callApi(track, "/api/v1/track", {
      key: apiKey.key,
      body: { event: "Brochure Downloaded", messageId: "m-bad-2" },
    });
    expect(anonymous.status).toBe(400);
    expect(JSON.stringify(anonymous.body)).toContain("$.userId");
    const missingId = await callApi(track, "/api/v1/track", {
      key: apiKey.key,
      body: { userId: "u-1", event: "X" },
    });
    expect(JSON.stringify(missingId.body)).toContain("$.messageId");
  });
});
