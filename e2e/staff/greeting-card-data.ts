// Seeds one returning hotel guest for the greeting-card spec: earlier stays, today's booking, an
// open complaint, known facts and an earlier store order, written through SQL like the factories.
import { randomBytes, randomUUID } from "node:crypto";
import type pg from "pg";
import { createCustomer } from "../../tests/factories/customer-factory";

const DAY = 86_400_000;

/** YYYY-MM-DD in Amsterdam, `offset` days from now. */
export function amsterdamDay(offset = 0): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(
    new Date(Date.now() + offset * DAY),
  );
}

export async function seedReturningGuest(db: pg.Pool): Promise<{ id: string; lastName: string }> {
  const suffix = randomBytes(3).toString("hex");
  const lastName = "van den Berg";
  const ago = (days: number) => new Date(Date.now() - days * DAY);
  // As ingestion does: the complaint event's moment is the case's openedAt.
  const complainedAt = ago(3);
  const { id } = await createCustomer(db, {
    firstName: "Marieke",
    lastName,
    salutation: "mevrouw",
    language: "nl",
    city: "Utrecht",
    firstTouchChannel: "email",
    firstTouchSource: "newsletter",
    identities: [
      { type: "email", value: `marieke.${suffix}@example.nl` },
      { type: "phone", value: `06-${String(parseInt(suffix, 16) % 100_000_000).padStart(8, "0")}` },
    ],
    events: [
      {
        type: "campaign_click",
        channel: "email",
        direction: "inbound",
        occurredAt: new Date("2023-04-18T09:00:00Z"),
        summary: "Clicked the spring newsletter",
      },
      {
        type: "complaint",
        channel: "phone",
        direction: "inbound",
        occurredAt: complainedAt,
        summary: "Complaint: noisy room",
        locationCode: "HTL-AMS",
        reason: "Noisy room",
      },
    ],
  });
  const location = (code: string) => `(SELECT id FROM "Location" WHERE code = '${code}')`;
  const booking = (
    ref: string,
    arrival: string,
    departure: string,
    status: string,
    createdAt: Date,
    room: string | null,
  ) =>
    db.query(
      `INSERT INTO "Booking" (id, "customerId", "locationId", reference, "arrivalDate", "departureDate", channel, "roomType",
         "roomNumber", guests, status, source, "createdAt", "updatedAt")
       VALUES ($1, $2, ${location("HTL-AMS")}, $3, $4, $5, 'booking_com', 'Superior king', $6, 2, $7::"BookingStatus", 'test', $8, now())`,
      [randomUUID(), id, `${ref}-${suffix}`, arrival, departure, room, status, createdAt],
    );
  await booking("BK-A", "2024-06-07", "2024-06-09", "checked_out", new Date("2024-05-01T10:00:00Z"), "305");
  await booking("BK-B", "2025-09-12", "2025-09-14", "checked_out", new Date("2025-08-20T10:00:00Z"), "118");
  await booking("BK-TODAY", amsterdamDay(0), amsterdamDay(2), "confirmed", ago(20), "214");
  await db.query(
    `INSERT INTO "ServiceCase" (id, "customerId", "locationId", reference, kind, reason, summary, channel, status, "openedAt", source, "updatedAt")
     VALUES ($1, $2, ${location("HTL-AMS")}, $3, 'complaint', 'Noisy room', 'Complaint: noisy room', 'phone', 'open', $4, 'test', now())`,
    [randomUUID(), id, `CASE-${suffix}`, complainedAt],
  );
  const fact = (kind: string, label: string, value: string, source: string, at: Date) =>
    db.query(
      `INSERT INTO "CustomerFact" (id, "customerId", kind, label, value, source, "locationId", "recordedAt")
       VALUES ($1, $2, $3::"FactKind", $4, $5, $6, ${location("HTL-AMS")}, $7)`,
      [randomUUID(), id, kind, label, value, source, at],
    );
  await fact("dietary", "Dietary", "Gluten-free", "front-desk", new Date("2025-09-12T18:00:00Z"));
  await fact(
    "preference",
    "Room preference",
    "High floor, away from the lift",
    "front-desk",
    new Date("2024-06-07T15:00:00Z"),
  );
  await fact(
    "feedback_given",
    "Already gave feedback",
    "On 14 Sep 2025, about the stay",
    "email-tool",
    new Date("2025-09-14T12:00:00Z"),
  );
  const orderId = randomUUID();
  await db.query(
    `INSERT INTO "Order" (id, "customerId", "orderNumber", channel, fulfilment, status, "pickupLocationId", "pickupStatus",
       "pickedUpAt", "placedAt", "totalAmount", source, "updatedAt")
     VALUES ($1, $2, $3, 'web', 'click_and_collect', 'fulfilled', ${location("STR-AMS")}, 'picked_up', $4, $5, 69.95, 'test', now())`,
    [orderId, id, `E2E-${suffix}`, ago(40), ago(42)],
  );
  await db.query(
    `INSERT INTO "OrderLine" (id, "orderId", sku, "productName", category, quantity, "unitPrice")
     VALUES ($1, $2, 'BED-101', 'Percale duvet cover 200x220', 'bed linen', 1, 69.95)`,
    [randomUUID(), orderId],
  );
  return { id, lastName };
}

/**
 * A shop customer collecting a click-and-collect order today at STR-AMS: two earlier orders (one a
 * desk lamp), first came through a Google search ad, asked to be called when an order is ready.
 */
export async function seedShopCustomer(db: pg.Pool): Promise<{ id: string; lastName: string }> {
  const suffix = randomBytes(3).toString("hex");
  const lastName = `Visser-${suffix}`;
  const ago = (days: number) => new Date(Date.now() - days * DAY);
  const { id } = await createCustomer(db, {
    firstName: "Daan",
    lastName,
    salutation: "meneer",
    language: "nl",
    city: "Amsterdam",
    firstTouchChannel: "web",
    firstTouchSource: "google / cpc",
    identities: [
      { type: "email", value: `daan.${suffix}@example.nl` },
      { type: "phone", value: `06-${String(parseInt(suffix, 16) % 100_000_000).padStart(8, "0")}` },
    ],
    events: [
      {
        type: "order_placed",
        channel: "web",
        direction: "inbound",
        occurredAt: ago(2),
        summary: "Ordered an office chair for pickup in Amsterdam",
        locationCode: "STR-AMS",
      },
      {
        type: "newsletter_sent",
        channel: "email",
        direction: "outbound",
        occurredAt: ago(6),
        summary: "Newsletter: a calmer home office",
      },
    ],
  });
  const location = `(SELECT id FROM "Location" WHERE code = 'STR-AMS')`;
  const order = async (
    number: string,
    status: string,
    pickupStatus: string,
    readyDate: string,
    placedAt: Date,
    pickedUpAt: Date | null,
    lines: [string, string, number][],
  ) => {
    const orderId = randomUUID();
    await db.query(
      `INSERT INTO "Order" (id, "customerId", "orderNumber", channel, fulfilment, status, "pickupLocationId", "pickupStatus",
         "readyDate", "pickedUpAt", "placedAt", "totalAmount", source, "updatedAt")
       VALUES ($1, $2, $3, 'web', 'click_and_collect', $4::"OrderStatus", ${location}, $5::"PickupStatus", $6::date, $7, $8, 99.95, 'test', now())`,
      [orderId, id, `${number}-${suffix}`, status, pickupStatus, readyDate, pickedUpAt, placedAt],
    );
    for (const [productName, category, quantity] of lines)
      await db.query(
        `INSERT INTO "OrderLine" (id, "orderId", sku, "productName", category, quantity, "unitPrice")
         VALUES ($1, $2, $3, $4, $5, $6, 49.95)`,
        [randomUUID(), orderId, `SKU-${randomBytes(3).toString("hex")}`, productName, category, quantity],
      );
  };
  await order("WEB-1", "fulfilled", "picked_up", amsterdamDay(-120), ago(122), ago(120), [
    ["Notebook A5 dotted", "notebooks", 2],
  ]);
  await order("WEB-2", "fulfilled", "picked_up", amsterdamDay(-40), ago(42), ago(40), [
    ["Architect desk lamp, black", "desk lamps", 1],
  ]);
  await order("WEB-TODAY", "placed", "ready", amsterdamDay(0), ago(2), null, [
    ["Ergonomic office chair Flex", "office chairs", 1],
    ["Chair mat for hard floors", "chair mats", 1],
  ]);
  await db.query(
    `INSERT INTO "CustomerFact" (id, "customerId", kind, label, value, source, "locationId", "recordedAt")
     VALUES ($1, $2, 'contact_preference', 'Contact', 'Call when an order is ready, no text messages', 'store-pos', ${location}, $3)`,
    [randomUUID(), id, ago(40)],
  );
  return { id, lastName };
}
