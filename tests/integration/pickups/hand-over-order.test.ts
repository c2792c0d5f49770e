import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { sayError } from "@/lib/api/error-response";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { db } from "@/lib/db/client";
import { localDate } from "@/lib/time/local-date";
import { createActor } from "@/tests/factories/actor-factory";
import { createOrder, type PickupOrderInput } from "@/tests/factories/board-factory";
import { createCustomer } from "@/tests/factories/customer-factory";
import { createLocation } from "@/tests/factories/staff-factory";
import { handOverOrder } from "@/lib/pickups/hand-over-order";
import { listPickups } from "@/lib/pickups/list-pickups";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
afterAll(() => pool.end());

const today = localDate("Europe/Amsterdam");
let store = "";
let storeStaff: Actor;

beforeAll(async () => {
  store = await createLocation(process.env.DATABASE_URL!, "STR-H", "store");
  await createLocation(process.env.DATABASE_URL!, "STR-Z", "store");
  storeStaff = await createActor("store_staff", [store]);
});

async function order(overrides: Partial<PickupOrderInput> = {}) {
  const customer = await createCustomer(pool, { firstName: "Klant", lastName: randomUUID().slice(0, 8) });
  const created = await createOrder(pool, {
    customerId: customer.id,
    locationCode: "STR-H",
    readyDate: today,
    lines: [{ productName: "Desk lamp", category: "desk lamps" }],
    ...overrides,
  });
  return { ...created, customerId: customer.id };
}

const eventsOf = (orderId: string) =>
  db.journeyEvent.findMany({ where: { source: "gastvrij", sourceEventId: `order_picked_up:${orderId}` } });
const auditsOf = (customerId: string) =>
  db.auditEntry.findMany({ where: { action: "order.handOver", customerId } });

describe("handOverOrder", () => {
  it("marks the order picked up and fulfilled, records the event and the audit entry, and drops it from the board", async () => {
    const { id, customerId, orderNumber } = await order();
    const result = await handOverOrder(storeStaff, { orderId: id });
    expect(result).toMatchObject({ orderId: id, wasAlreadyPickedUp: false });

    const stored = await db.order.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ pickupStatus: "picked_up", status: "fulfilled" });
    expect(stored.pickedUpAt?.toISOString()).toBe(result.pickedUpAt);
    const events = await eventsOf(id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      customerId,
      type: "order_picked_up",
      direction: "inbound",
      channel: "store",
      locationId: store,
      createdById: storeStaff.id,
      summary: `Collected order #${orderNumber} at Test store STR-H`,
    });
    expect(await auditsOf(customerId)).toMatchObject([
      { actorId: storeStaff.id, details: { orderId: id, orderNumber } },
    ]);
    const { board } = await listPickups(storeStaff);
    expect(board.rows.map((row) => row.orderId)).not.toContain(id);
  });

  it("is idempotent under repeats and simultaneous clicks", async () => {
    const { id, customerId } = await order();
    const colleague = await createActor("store_staff", [store]);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        handOverOrder(index % 2 ? colleague : storeStaff, { orderId: id }),
      ),
    );
    expect(results.filter((result) => !result.wasAlreadyPickedUp)).toHaveLength(1);
    expect(new Set(results.map((result) => result.pickedUpAt)).size).toBe(1);
    expect((await handOverOrder(storeStaff, { orderId: id })).wasAlreadyPickedUp).toBe(true);
    expect(await eventsOf(id)).toHaveLength(1);
    expect(await auditsOf(customerId)).toHaveLength(1);
  });

  it("answers 404 for an order at another store or an unknown order, and changes nothing", async () => {
    const elsewhere = await order({ locationCode: "STR-Z" });
    await expect(handOverOrder(storeStaff, { orderId: elsewhere.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(handOverOrder(storeStaff, { orderId: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.order.findUniqueOrThrow({ where: { id: elsewhere.id } })).pickupStatus).toBe("ready");
  });

  it("refuses with a 400 on orderId an order not ready, a cancelled one and a bad id", async () => {
    const preparing = await order({ pickupStatus: "preparing" });
    const cancelled = await order({ pickupStatus: "cancelled", status: "cancelled" });
    const cases: [unknown, string][] = [
      [{ orderId: preparing.id }, "This order is not ready for pickup yet."],
      [{ orderId: cancelled.id }, "This order was cancelled."],
      [{ orderId: "12345" }, "Order must be an order id."],
    ];
    for (const [input, message] of cases) {
      const error = await handOverOrder(storeStaff, input).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ValidationError);
      const issues = (error as ValidationError).issues.map(({ path, message }) => ({ path, message }));
      expect(issues).toEqual([{ path: "orderId", message }]);
    }
    const refusal = await handOverOrder(storeStaff, { orderId: preparing.id }).catch(
      (caught: unknown) => caught,
    );
    expect(sayError(refusal as ValidationError, "nl").message).toBe(
      "Deze bestelling is nog niet klaar om af te halen.",
    );
    expect(await eventsOf(preparing.id)).toHaveLength(0);
  });

  it("refuses roles without pickups.handOver", async () => {
    const { id } = await order();
    for (const role of ["receptionist", "intern"] as const) {
      await expect(handOverOrder(await createActor(role, [store]), { orderId: id })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
  });
});
