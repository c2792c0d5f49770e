import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventType, Fulfilment } from "@/lib/generated/prisma/enums";
import type { PreparedEvent } from "./ingest-types";
import type { LocationTouch } from "./upsert-customer-locations";
import { uuidV7 } from "@/lib/db/uuid-v7";

type Tx = Prisma.TransactionClient;

export interface OrderEvent {
  customerId: string;
  type: EventType;
  occurredAt: Date;
  channel: string;
  order: NonNullable<PreparedEvent["order"]>;
  pickupLocationId: string | null;
}

type Row = Record<string, unknown> & { orderNumber: string; customerId: string; fulfilment?: Fulfilment };

const amount = (value: number | string) => (typeof value === "number" ? value.toFixed(2) : value);
const day = (at: Date) => at.toISOString().slice(0, 10);

/** What an event type says about the order's state when the source doesn't say it outright. */
function applyImplied(row: Row, type: EventType, at: Date): void {
  const isPickup = row.fulfilment === "click_and_collect";
  if (type === "order_placed") row.placedAt ??= at.toISOString();
  if (type === "order_ready" && isPickup) {
    row.pickupStatus = "ready";
    row.readyDate ??= day(at);
  }
  if (type === "order_picked_up")
    Object.assign(row, { status: "fulfilled", pickupStatus: "picked_up", pickedUpAt: at.toISOString() });
  if (type === "order_delivered") row.status = "fulfilled";
  if (type === "order_cancelled")
    Object.assign(row, { status: "cancelled", ...(isPickup ? { pickupStatus: "cancelled" } : {}) });
}

/** Folds a batch's events per order number into one insert (with its lines) or update each. */
export async function writeOrders(
  tx: Tx,
  source: string,
  events: OrderEvent[],
  existing: Map<string, { id: string; fulfilment: Fulfilment }>,
  touches: LocationTouch[],
): Promise<void> {
  const rows = new Map<string, Row>();
  const lines = new Map<string, NonNullable<OrderEvent["order"]["lines"]>>();
  for (const event of [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())) {
    const { order } = event;
    const row: Row = rows.get(order.orderNumber) ?? {
      orderNumber: order.orderNumber,
      customerId: event.customerId,
      channel: event.channel,
      fulfilment: existing.get(order.orderNumber)?.fulfilment,
    };
    if (order.fulfilment) row.fulfilment = order.fulfilment;
    if (event.pickupLocationId) row.pickupLocationId = event.pickupLocationId;
    if (order.totalAmount !== undefined) row.totalAmount = amount(order.totalAmount);
    if (order.currency) row.currency = order.currency;
    if (order.readyDate) row.readyDate = order.readyDate;
    applyImplied(row, event.type, event.occurredAt);
    if (order.status) row.status = order.status;
    if (order.pickupStatus) row.pickupStatus = order.pickupStatus;
    if (order.lines && !lines.has(order.orderNumber)) lines.set(order.orderNumber, order.lines);
    row.firstAt ??= event.occurredAt.toISOString();
    rows.set(order.orderNumber, row);
    if (event.pickupLocationId)
      touches.push({
        customerId: event.customerId,
        locationId: event.pickupLocationId,
        at: event.occurredAt,
      });
  }
  const fresh = [...rows.values()]
    .filter((row) => !existing.has(row.orderNumber))
    .map((row) => ({ id: uuidV7(), ...row }));
  const known = [...rows.values()].filter((row) => existing.has(row.orderNumber));
  if (fresh.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "Order" (id, "customerId", "orderNumber", channel, fulfilment, status, "pickupLocationId", "pickupStatus", "readyDate",
        "pickedUpAt", "placedAt", "totalAmount", currency, source, "createdAt", "updatedAt")
      SELECT x.id, x."customerId", x."orderNumber", x.channel::"Channel", x.fulfilment::"Fulfilment", COALESCE(x.status, 'placed')::"OrderStatus",
        x."pickupLocationId", COALESCE(x."pickupStatus", CASE WHEN x.fulfilment = 'click_and_collect' THEN 'preparing' ELSE 'not_applicable' END)::"PickupStatus",
        x."readyDate", x."pickedUpAt", COALESCE(x."placedAt", x."firstAt"), x."totalAmount", COALESCE(x.currency, 'EUR'), ${source},
        timezone('UTC', now()), timezone('UTC', now())
      FROM jsonb_to_recordset(${JSON.stringify(fresh)}::jsonb) AS x(id uuid, "customerId" uuid, "orderNumber" text, channel text, fulfilment text,
        status text, "pickupLocationId" uuid, "pickupStatus" text, "readyDate" date, "pickedUpAt" timestamp, "placedAt" timestamp,
        "firstAt" timestamp, "totalAmount" numeric, currency text)
      ORDER BY x."orderNumber"`;
    const lineRows = fresh.flatMap((row) =>
      (lines.get(row.orderNumber) ?? []).map((line) => ({
        id: uuidV7(),
        orderId: row.id,
        customerId: row.customerId,
        ...line,
        unitPrice: amount(line.unitPrice),
      })),
    );
    if (lineRows.length > 0) {
      await tx.$executeRaw`
        INSERT INTO "OrderLine" (id, "orderId", "customerId", sku, "productName", category, quantity, "unitPrice")
        SELECT x.id, x."orderId", x."customerId", x.sku, x."productName", x.category, x.quantity, x."unitPrice"
        FROM jsonb_to_recordset(${JSON.stringify(lineRows)}::jsonb) AS x(id uuid, "orderId" uuid, "customerId" uuid, sku text,
          "productName" text, category text, quantity int, "unitPrice" numeric)`;
    }
  }
  if (known.length > 0) {
    await tx.$executeRaw`
      UPDATE "Order" AS o SET
        fulfilment = COALESCE(x.fulfilment::"Fulfilment", o.fulfilment), status = COALESCE(x.status::"OrderStatus", o.status),
        "pickupLocationId" = COALESCE(x."pickupLocationId", o."pickupLocationId"),
        "pickupStatus" = COALESCE(x."pickupStatus"::"PickupStatus", o."pickupStatus"), "readyDate" = COALESCE(x."readyDate", o."readyDate"),
        "pickedUpAt" = COALESCE(x."pickedUpAt", o."pickedUpAt"), "totalAmount" = COALESCE(x."totalAmount", o."totalAmount"),
        currency = COALESCE(x.currency, o.currency), "updatedAt" = timezone('UTC', now())
      FROM jsonb_to_recordset(${JSON.stringify(known)}::jsonb) AS x("orderNumber" text, fulfilment text, status text, "pickupLocationId" uuid,
        "pickupStatus" text, "readyDate" date, "pickedUpAt" timestamp, "totalAmount" numeric, currency text)
      WHERE o."orderNumber" = x."orderNumber"`;
  }
}
