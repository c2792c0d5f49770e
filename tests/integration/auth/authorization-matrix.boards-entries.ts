// Matrix entries for the arrivals and pickups boards (issue 5, items 3 and 4): their JSON APIs and
// the check-in and hand-over actions. Spread into MATRIX by authorization-matrix.entries.ts. Each
// action works on a real booking or order at the matrix location, so the allowed roles get a real
// 200 (the first call checks in or hands over; later ones are the idempotent repeat).
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import { localDate } from "@/lib/time/local-date";
import type { MatrixContext, MatrixEntry } from "./authorization-matrix.entries";
import { only, type Handler, type ActionResultLike } from "./authorization-matrix.expect";

async function get(load: () => Promise<Record<string, unknown>>, path: string): Promise<number> {
  const handler = (await load())["GET"] as Handler;
  const response = await handler(new NextRequest(new URL(path, "http://localhost")), {
    params: Promise.resolve({}),
  });
  return response.status;
}

async function act(
  load: () => Promise<Record<string, unknown>>,
  name: string,
  input: unknown,
): Promise<number> {
  const action = (await load())[name] as (input: unknown) => Promise<ActionResultLike>;
  const result = await action(input);
  return result.ok ? 200 : result.status;
}

const today = () => localDate("Europe/Amsterdam");

let customer: Promise<string> | undefined;
function matrixCustomer(locationId: string): Promise<string> {
  customer ??= db.customer
    .create({ data: { firstName: "Matrix", lastName: "Guest", locations: { create: { locationId } } } })
    .then((created) => created.id);
  return customer;
}

let booking: Promise<string> | undefined;
function matrixBooking({ locationId }: MatrixContext): Promise<string> {
  booking ??= matrixCustomer(locationId).then(async (customerId) => {
    const day = new Date(`${today()}T00:00:00Z`);
    const created = await db.booking.create({
      data: {
        customerId,
        locationId,
        reference: `MTX-${randomUUID().slice(0, 8)}`,
        arrivalDate: day,
        departureDate: new Date(day.getTime() + 2 * 86_400_000),
        channel: "direct",
        roomType: "Double",
        source: "matrix",
      },
    });
    return created.id;
  });
  return booking;
}

let order: Promise<string> | undefined;
function matrixOrder({ locationId }: MatrixContext): Promise<string> {
  order ??= matrixCustomer(locationId).then(async (customerId) => {
    const created = await db.order.create({
      data: {
        customerId,
        orderNumber: `MTX${Date.now()}`,
        channel: "web",
        fulfilment: "click_and_collect",
        pickupLocationId: locationId,
        pickupStatus: "ready",
        readyDate: new Date(`${today()}T00:00:00Z`),
        placedAt: new Date(),
        totalAmount: "19.95",
        source: "matrix",
        lines: {
          create: {
            sku: "MTX-1",
            productName: "Desk lamp",
            category: "desk lamps",
            quantity: 1,
            unitPrice: "19.95",
          },
        },
      },
    });
    return created.id;
  });
  return order;
}

export const BOARDS_MATRIX: Record<string, MatrixEntry> = {
  "GET /api/arrivals": {
    expect: only(["receptionist", "manager", "admin"]),
    call: ({ locationId }) =>
      get(() => import("@/app/api/arrivals/route"), `/api/arrivals?location=${locationId}&date=${today()}`),
  },
  "GET /api/pickups": {
    expect: only(["store_staff", "manager", "admin"]),
    call: () => get(() => import("@/app/api/pickups/route"), "/api/pickups"),
  },
  "action components/arrivals/check-in-actions.ts#checkInAction": {
    expect: only(["receptionist", "manager", "admin"]),
    call: async (context) =>
      act(() => import("@/components/arrivals/check-in-actions"), "checkInAction", {
        bookingId: await matrixBooking(context),
      }),
  },
  "action components/pickups/hand-over-actions.ts#handOverAction": {
    expect: only(["store_staff", "manager", "admin"]),
    call: async (context) =>
      act(() => import("@/components/pickups/hand-over-actions"), "handOverAction", {
        orderId: await matrixOrder(context),
      }),
  },
};
