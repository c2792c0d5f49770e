// Bookings, pickup orders, complaints and facts for the arrivals and pickups boards, written through
// SQL so e2e specs (on the e2e app's database) and integration tests create exactly what they assert.
import { randomUUID } from "node:crypto";
import type pg from "pg";

type Client = pg.ClientBase | pg.Pool;

async function locationId(client: Client, code: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Location" WHERE code = $1`, [code]);
  if (!rows[0]) throw new Error(`no location ${code}`);
  return rows[0].id;
}

async function touchLocation(client: Client, customerId: string, location: string): Promise<void> {
  await client.query(
    `INSERT INTO "CustomerLocation" ("customerId", "locationId") VALUES ($1, $2) ON CONFLICT DO NOTHING`,
    [customerId, location],
  );
}

export interface BookingInput {
  customerId: string;
  locationCode: string;
  arrivalDate: string;
  nights?: number;
  reference?: string;
  channel?: string;
  roomType?: string;
  roomNumber?: string | null;
  status?: "confirmed" | "checked_in" | "checked_out" | "cancelled" | "no_show";
}

export async function createBooking(
  client: Client,
  input: BookingInput,
): Promise<{ id: string; reference: string }> {
  const id = randomUUID();
  const reference = input.reference ?? `BK-${id.slice(0, 8).toUpperCase()}`;
  const location = await locationId(client, input.locationCode);
  await client.query(
    `INSERT INTO "Booking" (id, "customerId", "locationId", reference, "arrivalDate", "departureDate", channel,
       "roomType", "roomNumber", status, "checkedInAt", source, "updatedAt")
     VALUES ($1, $2, $3, $4, $5::date, $5::date + $6::int, $7::"Channel", $8, $9, $10::"BookingStatus",
       CASE WHEN $10 IN ('checked_in', 'checked_out') THEN now() END, 'test', now())`,
    [
      id,
      input.customerId,
      location,
      reference,
      input.arrivalDate,
      input.nights ?? 2,
      input.channel ?? "direct",
      input.roomType ?? "Double",
      input.roomNumber === undefined ? "101" : input.roomNumber,
      input.status ?? "confirmed",
    ],
  );
  await touchLocation(client, input.customerId, location);
  return { id, reference };
}

export interface PickupOrderInput {
  customerId: string;
  locationCode: string;
  readyDate: string;
  lines: { productName: string; category: string; quantity?: number }[];
  orderNumber?: string;
  placedAt?: Date;
  pickupStatus?: "preparing" | "ready" | "picked_up" | "cancelled" | "not_applicable";
  fulfilment?: "click_and_collect" | "delivery";
  status?: "placed" | "fulfilled" | "cancelled";
}

/** An order (click and collect by default) with its lines; also usable for a customer's past purchases. */
export async function createOrder(
  client: Client,
  input: PickupOrderInput,
): Promise<{ id: string; orderNumber: string }> {
  const id = randomUUID();
  const orderNumber =
    input.orderNumber ?? String(Date.now()).slice(-7) + String(Math.floor(Math.random() * 1000));
  const location = await locationId(client, input.locationCode);
  const isCollect = (input.fulfilment ?? "click_and_collect") === "click_and_collect";
  await client.query(
    `INSERT INTO "Order" (id, "customerId", "orderNumber", channel, fulfilment, status, "pickupLocationId", "pickupStatus",
       "readyDate", "placedAt", "totalAmount", source, "updatedAt")
     VALUES ($1, $2, $3, 'web', $4::"Fulfilment", $5::"OrderStatus", $6, $7::"PickupStatus", $8::date, $9, 42.50, 'test', now())`,
    [
      id,
      input.customerId,
      orderNumber,
      isCollect ? "click_and_collect" : "delivery",
      input.status ?? "placed",
      isCollect ? location : null,
      input.pickupStatus ?? (isCollect ? "ready" : "not_applicable"),
      isCollect ? input.readyDate : null,
      input.placedAt ?? new Date(Date.now() - 2 * 86_400_000),
    ],
  );
  for (const line of input.lines) {
    await client.query(
      `INSERT INTO "OrderLine" (id, "orderId", sku, "productName", category, quantity, "unitPrice")
       VALUES ($1, $2, $3, $4, $5, $6, 19.95)`,
      [
        randomUUID(),
        id,
        `SKU-${line.category.toUpperCase().replace(/\W+/g, "-")}`,
        line.productName,
        line.category,
        line.quantity ?? 1,
      ],
    );
  }
  await touchLocation(client, input.customerId, location);
  return { id, orderNumber };
}

export async function createComplaint(
  client: Client,
  input: { customerId: string; reason: string; status?: "open" | "pending" | "resolved"; openedAt?: Date },
): Promise<{ reference: string }> {
  const reference = `CASE-${randomUUID().slice(0, 8).toUpperCase()}`;
  await client.query(
    `INSERT INTO "ServiceCase" (id, "customerId", reference, kind, reason, summary, channel, status, "openedAt", source, "updatedAt")
     VALUES ($1, $2, $3, 'complaint', $4, $4, 'email', $5::"CaseStatus", $6, 'test', now())`,
    [
      randomUUID(),
      input.customerId,
      reference,
      input.reason,
      input.status ?? "open",
      input.openedAt ?? new Date(Date.now() - 3 * 86_400_000),
    ],
  );
  return { reference };
}

export async function createFact(
  client: Client,
  input: { customerId: string; kind?: string; label: string; value: string; recordedAt?: Date },
): Promise<void> {
  await client.query(
    `INSERT INTO "CustomerFact" (id, "customerId", kind, label, value, source, "recordedAt")
     VALUES ($1, $2, $3::"FactKind", $4, $5, 'test', $6)`,
    [
      randomUUID(),
      input.customerId,
      input.kind ?? "preference",
      input.label,
      input.value,
      input.recordedAt ?? new Date(),
    ],
  );
}
