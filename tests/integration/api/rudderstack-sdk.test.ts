// RudderStack's Node SDK with its default options (gzip on, so axios labels the body as form data;
// path /v1/batch, which next.config.ts rewrites to /api/v1/batch): only the data plane URL is ours.
import Analytics from "@rudderstack/rudder-sdk-node";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as batch } from "@/app/api/v1/batch/route";
import { createLocation } from "../../factories/staff-factory";
import { createTestApiKey, type TestApiKey } from "../../helpers/api-client";
import { startRouteServer } from "../../helpers/route-server";

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
let apiKey: TestApiKey;
let server: Awaited<ReturnType<typeof startRouteServer>>;
const requests: { contentType: string | null; encoding: string | null; status: number }[] = [];

beforeAll(async () => {
  await client.connect();
  await createLocation(url, "STR-RUD", "store");
  apiKey = await createTestApiKey(url, { source: "webshop-rudder" });
  server = await startRouteServer({
    "POST /v1/batch": async (request, context) => {
      const response = await batch(request, context);
      requests.push({
        contentType: request.headers.get("content-type"),
        encoding: request.headers.get("content-encoding"),
        status: response.status,
      });
      return response;
    },
  });
});
afterAll(async () => {
  await server.close();
  await client.end();
});

/** The SDK keeps a messageId it is given (its typings leave it out): a resend carries the same ids. */
const withId = <T extends object>(messageId: string, message: T): T => ({ ...message, messageId });

async function send(): Promise<void> {
  const analytics = new Analytics(apiKey.key, { dataPlaneUrl: server.url });
  analytics.identify(
    withId("rs-identify-1", {
      userId: "rudder-user-7",
      traits: { email: "Rudder.Koper@Gastvrij-Test.nl", firstName: "Ruud", lastName: "Stam" },
    }),
  );
  analytics.track(
    withId("rs-track-1", {
      userId: "rudder-user-7",
      event: "Order Completed",
      originalTimestamp: new Date("2026-11-04T10:00:00Z"),
      properties: {
        order_id: "RUD-ORD-1",
        total: 59.9,
        currency: "eur",
        pickup_location_code: "STR-RUD",
        products: [
          { product_id: "MUG-1", name: "Mug", category: "kitchen", price: 9.95, quantity: 2 },
          { product_id: "POT-1", name: "Teapot", category: "kitchen", price: 40, quantity: 1 },
        ],
      },
    }),
  );
  analytics.page(
    withId("rs-page-1", {
      userId: "rudder-user-7",
      name: "Order confirmation",
      originalTimestamp: new Date("2026-11-04T10:01:00Z"),
      properties: { path: "/checkout/done" },
    }),
  );
  await analytics.flush();
}

const stored = async () =>
  (
    await client.query<{ n: number }>(
      `SELECT (SELECT count(*)::int FROM "JourneyEvent" WHERE source = 'webshop-rudder')
            + (SELECT count(*)::int FROM "Customer") + (SELECT count(*)::int FROM "OrderLine") AS n`,
    )
  ).rows[0]!.n;

describe("RudderStack compatibility", () => {
  it("stores identify, track Order Completed and page on the right customer, and a resend stores nothing", async () => {
    await send();
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r) => r.encoding === "gzip" && r.status === 200)).toBe(true);
    expect(requests.some((r) => r.contentType?.includes("application/x-www-form-urlencoded"))).toBe(true);

    const { rows } = await client.query<{ type: string; summary: string; lines: number }>(
      `SELECT e.type::text, e.summary,
              (SELECT count(*)::int FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o.id WHERE o."orderNumber" = 'RUD-ORD-1' AND o."customerId" = e."customerId") AS lines
       FROM "JourneyEvent" e JOIN "Identity" i ON i."customerId" = e."customerId"
       WHERE i.type = 'email' AND i."normalizedValue" = 'rudder.koper@gastvrij-test.nl' ORDER BY e."occurredAt"`,
    );
    expect(rows).toEqual([
      { type: "order_placed", summary: "Order Completed", lines: 2 },
      { type: "page_view", summary: "Order confirmation", lines: 2 },
    ]);
    const customer = await client.query(
      `SELECT c."firstName", c."lastName" FROM "Customer" c JOIN "Identity" i ON i."customerId" = c.id
       WHERE i.type = 'external_user_id' AND i."normalizedValue" = 'rudder-user-7'`,
    );
    expect(customer.rows).toEqual([{ firstName: "Ruud", lastName: "Stam" }]);

    const before = await stored();
    const sentBefore = requests.length;
    await send();
    expect(requests.length).toBeGreaterThan(sentBefore);
    expect(requests.slice(sentBefore).every((r) => r.status === 200)).toBe(true);
    expect(await stored()).toBe(before);
  }, 60_000);
});
