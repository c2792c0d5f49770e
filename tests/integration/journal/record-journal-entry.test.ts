// "Log what happened" against a real PostgreSQL, through POST /api/customers/[id]/journal: each kind
// writes its event and rows in one go, attributed, located, audited, idempotent and scoped.
import type { SecondFactorState } from "@/lib/auth/second-factor-state";
import { randomUUID } from "node:crypto";
import { passedSecondFactor } from "../../factories/actor-factory";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { getTimelineEvent } from "@/lib/timeline/get-timeline-event";
import { listTimelineEvents } from "@/lib/timeline/list-timeline-events";
import { actor, addEvents, customer, location } from "../timeline/timeline-fixtures";

const session = {
  actor: null as (Actor & { mustChangePassword: boolean; secondFactor: SecondFactorState }) | null,
};
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => session.actor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
const { POST } = await import("@/app/api/customers/[id]/journal/route");

type Body = Record<string, unknown>;
async function post(customerId: string, body: unknown, as: Actor, contentType = "application/json") {
  session.actor = { ...as, mustChangePassword: false, secondFactor: passedSecondFactor() };
  const request = new NextRequest(new URL(`/api/customers/${customerId}/journal`, "http://localhost"), {
    method: "POST",
    headers: { "content-type": contentType },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await POST(request, { params: Promise.resolve({ id: customerId }) });
  return { status: response.status, body: (await response.json()) as Body };
}

let hotel = "";
let store = "";
let receptionist: Actor;
let customerId = "";

beforeAll(async () => {
  hotel = await location("HTL-JR1");
  store = await location("STR-JR1", "store");
  receptionist = await actor("receptionist", [hotel]);
  customerId = await customer([hotel]);
});

const eventOf = (clientId: string) =>
  db.journeyEvent.findUniqueOrThrow({
    where: { source_sourceEventId: { source: "gastvrij", sourceEventId: clientId } },
  });
const auditOf = (eventId: string) =>
  db.auditEntry.findMany({ where: { customerId, details: { path: ["eventId"], equals: eventId } } });

describe("each kind of entry", () => {
  it("stores a note as a staff_note event, attributed, located and audited, and shows it first", async () => {
    const clientId = randomUUID();
    const { status, body } = await post(
      customerId,
      { kind: "note", clientId, text: "Asked for a quiet room" },
      receptionist,
    );
    expect(status).toBe(201);
    const event = await eventOf(clientId);
    expect(event).toMatchObject({
      customerId,
      type: "staff_note",
      direction: "inbound",
      channel: "in_person",
      source: "gastvrij",
      createdById: receptionist.id,
      locationId: hotel,
      summary: "Asked for a quiet room",
    });
    expect((body.entry as Body).id).toBe(event.id);
    const audits = await auditOf(event.id);
    expect(audits.map((audit) => [audit.action, audit.actorId])).toEqual([
      ["customer.note", receptionist.id],
    ]);
    const page = await listTimelineEvents(receptionist, customerId);
    expect(page.events[0]).toMatchObject({
      id: event.id,
      authorName: receptionist.name,
      locationName: "Test hotel HTL-JR1",
    });
  });

  it("stores an outcome as a staff_outcome event", async () => {
    const clientId = randomUUID();
    const body = {
      kind: "outcome",
      clientId,
      outcome: "resolved_issue",
      comment: "Replaced the kettle",
      channel: "phone",
    };
    expect((await post(customerId, body, receptionist)).status).toBe(201);
    const event = await eventOf(clientId);
    expect(event).toMatchObject({
      type: "staff_outcome",
      channel: "phone",
      payload: { outcome: "resolved_issue" },
    });
    expect(event.summary).toContain("Replaced the kettle");
    expect((await auditOf(event.id)).map((audit) => audit.action)).toEqual(["customer.outcome"]);
  });

  it("turns a learned fact into a CustomerFact and a fact_learned event", async () => {
    const clientId = randomUUID();
    const body = { kind: "fact", clientId, factKind: "dietary", label: "Diet", value: "Vegetarian" };
    expect((await post(customerId, body, receptionist)).status).toBe(201);
    const event = await eventOf(clientId);
    expect(event.type).toBe("fact_learned");
    const facts = await db.customerFact.findMany({ where: { customerId, label: "Diet" } });
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({
      kind: "dietary",
      value: "Vegetarian",
      source: "gastvrij",
      recordedById: receptionist.id,
      locationId: hotel,
    });
    const [audit] = await auditOf(event.id);
    expect(audit).toMatchObject({ action: "customer.fact", details: { factId: facts[0]!.id } });
  });

  it("records a marketing opt-out as denied consents on every marketing channel and a consent_changed event", async () => {
    const clientId = randomUUID();
    expect((await post(customerId, { kind: "marketing_opt_out", clientId }, receptionist)).status).toBe(201);
    const event = await eventOf(clientId);
    expect(event.type).toBe("consent_changed");
    const consents = await db.consent.findMany({ where: { customerId, source: "gastvrij" } });
    expect(
      consents.map((consent) => `${consent.purpose}/${consent.channel}/${consent.status}`).sort(),
    ).toEqual([
      "newsletter/app/denied",
      "newsletter/email/denied",
      "newsletter/sms/denied",
      "promotions/app/denied",
      "promotions/email/denied",
      "promotions/sms/denied",
    ]);
    expect((await auditOf(event.id)).map((audit) => audit.action)).toEqual(["customer.consent"]);
  });
});

describe("double submits", () => {
  it("stores an entry once when the same clientId arrives twice", async () => {
    const clientId = randomUUID();
    const body = { kind: "fact", clientId, factKind: "preference", label: "Pillow", value: "Firm" };
    const [first, second] = await Promise.all([
      post(customerId, body, receptionist),
      post(customerId, body, receptionist),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    expect((first.body.entry as Body).id).toBe((second.body.entry as Body).id);
    expect(await db.journeyEvent.count({ where: { source: "gastvrij", sourceEventId: clientId } })).toBe(1);
    expect(await db.customerFact.count({ where: { customerId, label: "Pillow" } })).toBe(1);
  });

  it("refuses a clientId already used by someone else's entry", async () => {
    const clientId = randomUUID();
    await post(customerId, { kind: "note", clientId, text: "First" }, receptionist);
    const colleague = await actor("receptionist", [hotel]);
    const { status, body } = await post(customerId, { kind: "note", clientId, text: "Second" }, colleague);
    expect(status).toBe(400);
    expect(body.error).toContain("clientId");
  });
});

describe("scope and location", () => {
  it("answers 404 for a customer outside the actor's locations, and writes nothing", async () => {
    const elsewhere = await customer([await location("HTL-JR2")]);
    const clientId = randomUUID();
    const { status } = await post(elsewhere, { kind: "note", clientId, text: "Hello" }, receptionist);
    expect(status).toBe(404);
    expect(await db.journeyEvent.count({ where: { sourceEventId: clientId } })).toBe(0);
    expect((await post("not-a-uuid", { kind: "note", clientId, text: "Hello" }, receptionist)).status).toBe(
      404,
    );
  });

  it("makes staff with several locations (and admins) choose one of their own", async () => {
    const both = await customer([hotel, store]);
    const manager = await actor("manager", [hotel, store]);
    const note = () => ({ kind: "note", clientId: randomUUID(), text: "Picked up and checked in" });
    const missing = await post(both, note(), manager);
    expect(missing.status).toBe(400);
    expect((missing.body.issues as Body[])[0]).toMatchObject({ path: "locationId" });
    const foreign = await post(both, { ...note(), locationId: await location("HTL-JR3") }, manager);
    expect(foreign.status).toBe(400);
    expect(foreign.body.error).toContain("locationId");
    const chosen = note();
    expect((await post(both, { ...chosen, locationId: store }, manager)).status).toBe(201);
    expect((await eventOf(chosen.clientId)).locationId).toBe(store);

    const admin = await actor("admin", []);
    expect((await post(both, note(), admin)).status).toBe(400);
    expect((await post(both, { ...note(), locationId: store }, admin)).status).toBe(201);
  });

  it("counts the entry as activity at its location", async () => {
    const admin = await actor("admin", []);
    const atHotel = await customer([hotel]);
    await post(
      atHotel,
      { kind: "note", clientId: randomUUID(), text: "Came by the store", locationId: store },
      admin,
    );
    const seen = await db.customerLocation.findMany({
      where: { customerId: atHotel },
      select: { locationId: true },
    });
    expect(seen.map((row) => row.locationId).sort()).toEqual([hotel, store].sort());
  });
});

describe("validation", () => {
  const clientId = () => randomUUID();
  it.each([
    [{ kind: "note", clientId: clientId(), text: "   " }, "text"],
    [{ kind: "note", clientId: clientId(), text: "x".repeat(2001) }, "text"],
    [{ kind: "outcome", clientId: clientId(), outcome: "hugged" }, "outcome"],
    [{ kind: "fact", clientId: clientId(), factKind: "star_sign", label: "Sign", value: "Leo" }, "factKind"],
    [{ kind: "fact", clientId: clientId(), factKind: "other", label: "", value: "Leo" }, "label"],
    [{ kind: "note", clientId: "twice", text: "Hi" }, "clientId"],
    [{ kind: "note", clientId: clientId(), text: "Hi", channel: "email" }, "channel"],
    [{ kind: "gossip", clientId: clientId() }, "kind"],
    [{ clientId: clientId(), text: "Hi" }, "kind"],
    [{ kind: "note", clientId: clientId(), text: "Hi", extra: true }, "(root)"],
  ])("answers 400 naming the field for %j", async (body, field) => {
    const { status, body: answer } = await post(customerId, body, receptionist);
    expect(status).toBe(400);
    expect((answer.issues as { path: string }[]).map((issue) => issue.path)).toContain(field);
  });

  it("answers 400 for a body that is not JSON and 415 for another content type, never 500", async () => {
    expect((await post(customerId, "{not json", receptionist)).status).toBe(400);
    expect(
      (await post(customerId, "kind=note", receptionist, "application/x-www-form-urlencoded")).status,
    ).toBe(415);
  });
});

describe("interns", () => {
  it("can log a note, yet see personal data masked elsewhere", async () => {
    const intern = await actor("intern", [hotel]);
    const { status } = await post(
      customerId,
      { kind: "note", clientId: randomUUID(), text: "Helped at the desk" },
      intern,
    );
    expect(status).toBe(201);
    const [booking] = await addEvents(customerId, [
      {
        occurredAt: new Date("2026-01-05T10:00:00Z"),
        type: "booking_created",
        payload: { email: "jan.bakker@example.nl" },
      },
    ]);
    const detail = await getTimelineEvent(intern, customerId, booking!);
    expect(JSON.stringify(detail.payload)).not.toContain("jan.bakker");
    expect(JSON.stringify((await getTimelineEvent(receptionist, customerId, booking!)).payload)).toContain(
      "jan.bakker",
    );
  });
});
