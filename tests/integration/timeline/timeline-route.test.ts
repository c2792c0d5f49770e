// GET /api/customers/[id]/timeline and /timeline/[eventId] over the real route handlers: statuses,
// 400s that name the parameter, 404 out of scope, masking of payloads for interns.
import type { SecondFactorState } from "@/lib/auth/second-factor-state";
import { NextRequest } from "next/server";
import { passedSecondFactor } from "../../factories/actor-factory";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { actor, addEvents, customer, location } from "./timeline-fixtures";

const session = {
  actor: null as (Actor & { mustChangePassword: boolean; secondFactor: SecondFactorState }) | null,
};
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => session.actor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const { GET: listRoute } = await import("@/app/api/customers/[id]/timeline/route");
const { GET: eventRoute } = await import("@/app/api/customers/[id]/timeline/[eventId]/route");

async function get(
  handler: typeof listRoute,
  path: string,
  params: Record<string, string>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await handler(new NextRequest(new URL(path, "http://localhost")), {
    params: Promise.resolve(params),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

let hotel = "";
let customerId = "";
let eventIds: string[] = [];
const signIn = (who: Actor) =>
  (session.actor = { ...who, mustChangePassword: false, secondFactor: passedSecondFactor() });

beforeAll(async () => {
  hotel = await location("HTL-TR1");
  customerId = await customer([hotel]);
  eventIds = await addEvents(customerId, [
    {
      occurredAt: new Date("2026-04-01T10:00:00Z"),
      type: "booking_created",
      channel: "booking_com",
      payload: { guestEmail: "mila.jansen@example.nl", phone: "+31612345678", roomType: "Double" },
    },
    { occurredAt: new Date("2026-04-02T10:00:00Z"), type: "complaint", channel: "email" },
    { occurredAt: new Date("2026-04-03T10:00:00Z"), type: "check_in", channel: "in_person" },
  ]);
  signIn(await actor("receptionist", [hotel]));
});

const path = (query = "") => `/api/customers/${customerId}/timeline${query}`;

describe("GET /api/customers/[id]/timeline", () => {
  it("pages with an opaque cursor", async () => {
    const first = await get(listRoute, path("?limit=2"), { id: customerId });
    expect(first.status).toBe(200);
    expect((first.body.events as { type: string }[]).map((event) => event.type)).toEqual([
      "check_in",
      "complaint",
    ]);
    const next = await get(listRoute, path(`?limit=2&cursor=${first.body.nextCursor as string}`), {
      id: customerId,
    });
    expect((next.body.events as { id: string }[]).map((event) => event.id)).toEqual([eventIds[0]]);
    expect(next.body.nextCursor).toBeNull();
  });

  it("filters by comma-separated lists", async () => {
    const { body } = await get(listRoute, path("?type=complaint,check_in&channel=email"), { id: customerId });
    expect((body.events as { type: string }[]).map((event) => event.type)).toEqual(["complaint"]);
  });

  it.each([
    ["?cursor=garbage", "cursor"],
    ["?cursor=eyJmb28iOjF9", "cursor"],
    ["?type=check_in,teleport", "type"],
    ["?channel=pigeon", "channel"],
    ["?location=HTL-AMS", "location"],
    ["?from=01-03-2026", "from"],
    ["?from=2026-02-30", "from"],
    ["?to=0000-01-01", "to"],
    ["?from=2026-03-05&to=2026-03-01", "to"],
    ["?limit=5000", "limit"],
  ])("answers 400 naming the field for %s", async (query, field) => {
    const { status, body } = await get(listRoute, path(query), { id: customerId });
    expect(status).toBe(400);
    expect((body.issues as { path: string }[]).map((issue) => issue.path)).toContain(field);
    expect(body.error).toContain(field);
  });

  it("answers 403 to a user still on a temporary password", async () => {
    const regular = session.actor!;
    session.actor = { ...regular, mustChangePassword: true };
    try {
      const { status, body } = await get(listRoute, path(), { id: customerId });
      expect(status).toBe(403);
      expect(body.error).toBe("Kies eerst een nieuw wachtwoord: je huidige wachtwoord is tijdelijk.");
    } finally {
      session.actor = regular;
    }
  });

  it("answers 404 for a customer outside the actor's locations, and audits first-page reads", async () => {
    const elsewhere = await customer([await location("HTL-TR2")]);
    expect((await get(listRoute, `/api/customers/${elsewhere}/timeline`, { id: elsewhere })).status).toBe(
      404,
    );
    expect((await get(listRoute, "/api/customers/nope/timeline", { id: "nope" })).status).toBe(404);
    const views = await db.auditEntry.count({
      where: { action: "customer.view", customerId, reason: "timeline", actorId: session.actor!.id },
    });
    expect(views).toBeGreaterThan(0);
  });

  it("records a view for a first page it serves, and none for the pages after it", async () => {
    const reader = await actor("receptionist", [hotel]);
    signIn(reader);
    const count = () =>
      db.auditEntry.count({ where: { action: "customer.view", customerId, actorId: reader.id } });
    const first = await get(listRoute, path("?limit=1&type=check_in,complaint"), { id: customerId });
    expect(await count()).toBe(1);
    await get(listRoute, path(`?limit=1&type=check_in,complaint&cursor=${first.body.nextCursor as string}`), {
      id: customerId,
    });
    expect(await count()).toBe(1);
  });

  it("answers 401 when signed out", async () => {
    const signedIn = session.actor;
    session.actor = null;
    expect((await get(listRoute, path(), { id: customerId })).status).toBe(401);
    session.actor = signedIn;
  });
});

describe("GET /api/customers/[id]/timeline/[eventId]", () => {
  it("shows the payload and source in full to a receptionist", async () => {
    const { status, body } = await get(eventRoute, `${path()}/${eventIds[0]}`, {
      id: customerId,
      eventId: eventIds[0]!,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ source: "test", sourceEventId: eventIds[0], channel: "booking_com" });
    expect(JSON.stringify(body.payload)).toContain("mila.jansen@example.nl");
  });

  it("masks personal data in the payload for an intern", async () => {
    const receptionist = session.actor!;
    signIn(await actor("intern", [hotel]));
    const { status, body } = await get(eventRoute, `${path()}/${eventIds[0]}`, {
      id: customerId,
      eventId: eventIds[0]!,
    });
    expect(status).toBe(200);
    const payload = JSON.stringify(body.payload);
    expect(payload).not.toContain("mila.jansen");
    expect(payload).not.toContain("12345678");
    expect(payload).toContain("Double");
    session.actor = receptionist;
  });

  it("audits every expansion as a look at that event, and nothing for a 404", async () => {
    const reader = await actor("intern", [hotel]);
    signIn(reader);
    const expansions = () =>
      db.auditEntry.findMany({ where: { action: "customer.viewEvent", actorId: reader.id } });
    await get(eventRoute, `${path()}/${eventIds[1]}`, { id: customerId, eventId: eventIds[1]! });
    await get(eventRoute, `${path()}/${eventIds[1]}`, { id: customerId, eventId: eventIds[1]! });
    const missing = await get(eventRoute, `${path()}/${customerId}`, { id: customerId, eventId: customerId });
    expect(missing.status).toBe(404);
    const entries = await expansions();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      customerId,
      actorEmail: reader.email,
      details: { eventId: eventIds[1], type: "complaint" },
    });
    signIn(await actor("receptionist", [hotel]));
  });

  it("answers 404 for an event of another customer", async () => {
    const other = await customer([hotel]);
    const [otherEvent] = await addEvents(other, [{ occurredAt: new Date() }]);
    const { status } = await get(eventRoute, `${path()}/${otherEvent}`, {
      id: customerId,
      eventId: otherEvent!,
    });
    expect(status).toBe(404);
  });
});
