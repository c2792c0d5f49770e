// Matrix entries for the journey timeline and "log what happened" (issue 5). Spread into MATRIX by
// authorization-matrix.entries.ts. Every staff role may view customers and log notes; the customer
// here has activity at the matrix location, so scoped roles see it too.
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import type { Caller, MatrixContext, MatrixEntry } from "./authorization-matrix.entries";
import { type Handler } from "./authorization-matrix.expect";

const signedIn = (status: number): Record<Caller, number> => ({
  anonymous: 401,
  intern: status,
  receptionist: status,
  store_staff: status,
  manager: status,
  admin: status,
});

let fixture: Promise<{ customerId: string; eventId: string }> | null = null;

/** One customer seen at the matrix location, with one event; created on first use. */
function matrixCustomer(context: MatrixContext) {
  fixture ??= (async () => {
    const customer = await db.customer.create({
      data: {
        firstName: "Matrix",
        lastName: "Timeline",
        searchName: "matrix timeline",
        locations: { create: { locationId: context.locationId } },
      },
    });
    const event = await db.journeyEvent.create({
      data: {
        customerId: customer.id,
        type: "check_in",
        channel: "in_person",
        direction: "inbound",
        occurredAt: new Date(),
        locationId: context.locationId,
        source: "matrix",
        sourceEventId: randomUUID(),
        summary: "Checked in",
      },
    });
    return { customerId: customer.id, eventId: event.id };
  })();
  return fixture;
}

async function call(
  load: () => Promise<Record<string, unknown>>,
  method: "GET" | "POST",
  path: string,
  params: Record<string, string>,
  body?: unknown,
): Promise<number> {
  const handler = (await load())[method] as Handler;
  const init =
    body === undefined
      ? { method }
      : { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  const response = await handler(new NextRequest(new URL(path, "http://localhost"), init), {
    params: Promise.resolve(params),
  });
  return response.status;
}

export const TIMELINE_MATRIX: Record<string, MatrixEntry> = {
  "GET /api/customers/[id]/timeline": {
    expect: signedIn(200),
    call: async (context) => {
      const { customerId } = await matrixCustomer(context);
      return call(
        () => import("@/app/api/customers/[id]/timeline/route"),
        "GET",
        `/api/customers/${customerId}/timeline?type=check_in`,
        { id: customerId },
      );
    },
  },
  "GET /api/customers/[id]/timeline/[eventId]": {
    expect: signedIn(200),
    call: async (context) => {
      const { customerId, eventId } = await matrixCustomer(context);
      return call(
        () => import("@/app/api/customers/[id]/timeline/[eventId]/route"),
        "GET",
        `/api/customers/${customerId}/timeline/${eventId}`,
        { id: customerId, eventId },
      );
    },
  },
  "POST /api/customers/[id]/journal": {
    expect: signedIn(201),
    call: async (context) => {
      const { customerId } = await matrixCustomer(context);
      return call(
        () => import("@/app/api/customers/[id]/journal/route"),
        "POST",
        `/api/customers/${customerId}/journal`,
        { id: customerId },
        { kind: "note", clientId: randomUUID(), text: "Matrix note", locationId: context.locationId },
      );
    },
  },
};
