import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/events/route";
import { createLocation } from "../../factories/staff-factory";
import { bookingEvent, eventPayload } from "../../factories/event-factory";
import { callApi, createTestApiKey, type TestApiKey } from "../../helpers/api-client";

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
let apiKey: TestApiKey;

beforeAll(async () => {
  await client.connect();
  await createLocation(url, "HTL-ING");
  await createLocation(url, "STR-ING", "store");
  apiKey = await createTestApiKey(url, { source: "booking-engine" });
});
afterAll(() => client.end());

const send = (events: unknown[], headers?: Record<string, string>) =>
  callApi(POST, "/api/v1/events", { key: apiKey.key, body: { events }, headers });
const count = async (sql: string, params: unknown[] = []) =>
  Number((await client.query<{ n: string }>(sql, params)).rows[0]!.n);

describe("POST /api/v1/events", () => {
  it("accepts a batch, stores each event once and reports retries as duplicates", async () => {
    const events = [eventPayload(), eventPayload(), eventPayload()];
    const first = await send(events);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ accepted: 3, duplicates: 0, rejected: 0 });
    const again = await send(events);
    expect(again.body).toMatchObject({ accepted: 0, duplicates: 3, rejected: 0 });
    expect(
      await count(
        `SELECT count(*) n FROM "JourneyEvent" WHERE source = 'booking-engine' AND "sourceEventId" = ANY($1)`,
        [events.map((e) => e.sourceEventId)],
      ),
    ).toBe(3);
  });

  it("rejects a bad event with its JSON path and stores the valid ones", async () => {
    const good = eventPayload();
    const bad = eventPayload({ occurredAt: "yesterday" });
    const response = await send([good, bad]);
    expect(response.status).toBe(200);
    const body = response.body as { results: { status: string; errors?: { path: string }[] }[] };
    expect(body.results[0]!.status).toBe("accepted");
    expect(body.results[1]).toMatchObject({
      status: "rejected",
      errors: [{ path: "$.events[1].occurredAt" }],
    });
    expect(
      await count(`SELECT count(*) n FROM "JourneyEvent" WHERE "sourceEventId" = $1`, [bad.sourceEventId]),
    ).toBe(0);
  });

  it("answers 400 when every event is rejected", async () => {
    const response = await send([eventPayload({ identifiers: { email: "test@test.com" } })]);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain("placeholder");
  });

  it("puts events with the same strong identifier on one customer and fills booking tables", async () => {
    const email = "Marit.Jansen@Gastvrij-Test.nl";
    const response = await send([
      bookingEvent("BK-ING-1", "HTL-ING", {
        identifiers: { email },
        traits: { firstName: "Marit", lastName: "Jansen" },
        campaign: { source: "google", medium: "cpc" },
      }),
      eventPayload({
        type: "check_in",
        channel: "in_person",
        locationCode: "HTL-ING",
        identifiers: { email: ` ${email.toUpperCase()} ` },
        booking: { reference: "BK-ING-1" },
      }),
    ]);
    expect(response.status).toBe(200);
    const results = (response.body as { results: { customerId: string; status: string }[] }).results;
    expect(results.map((r) => r.status)).toEqual(["accepted", "accepted"]);
    expect(results[0]!.customerId).toBe(results[1]!.customerId);
    const customer = await client.query(
      `SELECT "searchName", "firstTouchChannel", "firstTouchSource", "lastSeenAt" FROM "Customer" WHERE id = $1`,
      [results[0]!.customerId],
    );
    expect(customer.rows[0]).toMatchObject({
      searchName: "marit jansen",
      firstTouchChannel: "booking_com",
      firstTouchSource: "google / cpc",
    });
    const booking = await client.query(
      `SELECT status, "roomType" FROM "Booking" WHERE reference = 'BK-ING-1'`,
    );
    expect(booking.rows).toEqual([{ status: "checked_in", roomType: "Double" }]);
    expect(
      await count(`SELECT count(*) n FROM "CustomerLocation" WHERE "customerId" = $1`, [
        results[0]!.customerId,
      ]),
    ).toBe(1);
  });

  it("stores orders with lines, service cases, consents and facts", async () => {
    const identifiers = { loyaltyId: "LOY 7781" };
    const response = await send([
      eventPayload({
        type: "order_placed",
        identifiers,
        order: {
          orderNumber: "ORD-ING-1",
          fulfilment: "click_and_collect",
          pickupLocationCode: "STR-ING",
          totalAmount: 59.9,
          lines: [
            { sku: "LMP-1", productName: "Desk lamp", category: "lighting", quantity: 1, unitPrice: "59.90" },
          ],
        },
      }),
      eventPayload({
        type: "order_ready",
        channel: "store",
        identifiers,
        order: { orderNumber: "ORD-ING-1" },
      }),
      eventPayload({
        type: "complaint",
        channel: "phone",
        identifiers,
        reason: "Late delivery",
        serviceCase: { reference: "CASE-ING-1" },
      }),
      eventPayload({
        type: "consent_changed",
        channel: "email",
        identifiers,
        consent: { purpose: "surveys", channel: "email", status: "denied" },
      }),
      eventPayload({
        type: "fact_learned",
        channel: "in_person",
        identifiers,
        fact: { kind: "dietary", label: "Diet", value: "Vegetarian" },
      }),
    ]);
    expect(response.body).toMatchObject({ accepted: 5 });
    const order = await client.query(
      `SELECT "pickupStatus", "totalAmount"::text AS total, (SELECT count(*)::int FROM "OrderLine" l WHERE l."orderId" = o.id) AS lines FROM "Order" o WHERE "orderNumber" = 'ORD-ING-1'`,
    );
    expect(order.rows).toEqual([{ pickupStatus: "ready", total: "59.90", lines: 1 }]);
    expect(
      (await client.query(`SELECT kind, status, reason FROM "ServiceCase" WHERE reference = 'CASE-ING-1'`))
        .rows,
    ).toEqual([{ kind: "complaint", status: "open", reason: "Late delivery" }]);
    expect(
      await count(
        `SELECT count(*) n FROM "Consent" c JOIN "Identity" i ON i."customerId" = c."customerId" WHERE i."normalizedValue" = 'LOY7781' AND c.status = 'denied'`,
      ),
    ).toBe(1);
    expect(
      await count(
        `SELECT count(*) n FROM "CustomerFact" f JOIN "Identity" i ON i."customerId" = f."customerId" WHERE i."normalizedValue" = 'LOY7781'`,
      ),
    ).toBe(1);
  });

  it("refuses an unknown location and a new booking without its details", async () => {
    const response = await send([
      eventPayload({ locationCode: "NOPE-1" }),
      eventPayload({ type: "check_in", booking: { reference: "BK-UNKNOWN" } }),
      eventPayload(),
    ]);
    const results = (
      response.body as { results: { status: string; errors?: { path: string; message: string }[] }[] }
    ).results;
    expect(results[0]).toMatchObject({ status: "rejected", errors: [{ path: "$.events[0].locationCode" }] });
    expect(results[1]).toMatchObject({ status: "rejected", errors: [{ path: "$.events[1].booking" }] });
    expect(results[2]!.status).toBe("accepted");
  });
});
