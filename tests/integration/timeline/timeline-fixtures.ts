// Test data for timeline and journal tests: locations, actors and customers with many events,
// written through SQL in bulk so thousands of rows take milliseconds.
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { createLocation, createStaff } from "../../factories/staff-factory";

export const url = () => process.env.DATABASE_URL!;

export async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function location(code: string, type: "hotel" | "store" = "hotel"): Promise<string> {
  return createLocation(url(), code, type);
}

export async function actor(role: Role, locationIds: string[]): Promise<Actor> {
  const staff = await createStaff(url(), role);
  if (locationIds.length)
    await db.staffLocation.createMany({
      data: locationIds.map((locationId) => ({ staffUserId: staff.id, locationId })),
    });
  return {
    id: staff.id,
    email: staff.email,
    name: `Test ${role}`,
    role,
    locationIds,
    sessionId: randomUUID(),
    ip: "127.0.0.1",
    userAgent: "vitest",
  };
}

/** A customer with activity at the given locations (CustomerLocation decides who may see them). */
export async function customer(locationIds: string[], name = "Timeline"): Promise<string> {
  const id = randomUUID();
  await withClient(async (client) => {
    await client.query(
      `INSERT INTO "Customer" (id, "firstName", "lastName", "searchName", "updatedAt") VALUES ($1, $2, 'Test', lower($2), now())`,
      [id, name],
    );
    for (const locationId of locationIds)
      await client.query(`INSERT INTO "CustomerLocation" ("customerId", "locationId") VALUES ($1, $2)`, [
        id,
        locationId,
      ]);
  });
  return id;
}

export interface EventSpec {
  occurredAt: Date;
  type?: string;
  channel?: string;
  direction?: "inbound" | "outbound";
  locationId?: string | null;
  payload?: unknown;
  id?: string;
}

/** Inserts events in one statement; returns their ids in the order given. */
export async function addEvents(customerId: string, specs: EventSpec[]): Promise<string[]> {
  const rows = specs.map((spec) => ({
    id: spec.id ?? randomUUID(),
    occurredAt: spec.occurredAt.toISOString(),
    type: spec.type ?? "page_view",
    channel: spec.channel ?? "web",
    direction: spec.direction ?? "inbound",
    locationId: spec.locationId ?? null,
    payload: spec.payload ?? null,
  }));
  await withClient((client) =>
    client.query(
      `INSERT INTO "JourneyEvent" (id, "customerId", type, channel, direction, "occurredAt", "locationId", source, "sourceEventId", summary, payload)
       SELECT x.id, $1, x.type::"EventType", x.channel::"Channel", x.direction::"Direction", x."occurredAt", x."locationId",
         'test', x.id::text, 'Test event ' || x.type, x.payload
       FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, type text, channel text, direction text, "occurredAt" timestamp,
         "locationId" uuid, payload jsonb)`,
      [customerId, JSON.stringify(rows)],
    ),
  );
  return rows.map((row) => row.id);
}

/** The customer's event ids in timeline order, straight from SQL: what paging must reproduce. */
export async function expectedOrder(customerId: string): Promise<string[]> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM "JourneyEvent" WHERE "customerId" = $1 ORDER BY "occurredAt" DESC, id DESC`,
      [customerId],
    );
    return rows.map((row) => row.id);
  });
}
