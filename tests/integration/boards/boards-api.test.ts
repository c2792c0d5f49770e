// GET /api/arrivals and GET /api/pickups over real route handlers: the JSON the boards poll, 400s
// naming the field, 404 for a location outside the actor's scope, and an arrival ingested through
// the public API showing up on the next poll.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentActor } from "@/lib/auth/current-actor";
import type { ArrivalsBoard, PickupsBoard } from "@/lib/boards/board-types";
import { localDate } from "@/lib/time/local-date";
import { createActor, passedSecondFactor } from "../../factories/actor-factory";
import { bookingEvent } from "../../factories/event-factory";
import { createLocation } from "../../factories/staff-factory";
import { callApi, createTestApiKey } from "../../helpers/api-client";

let currentActor: CurrentActor | null = null;
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => currentActor }));

const today = localDate("Europe/Amsterdam");

async function get(path: string): Promise<{ status: number; body: unknown }> {
  const route = path.startsWith("/api/arrivals")
    ? await import("@/app/api/arrivals/route")
    : await import("@/app/api/pickups/route");
  const response = await route.GET(new NextRequest(new URL(path, "http://localhost")), {
    params: Promise.resolve({}),
  });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  const url = process.env.DATABASE_URL!;
  const hotel = await createLocation(url, "HTL-API", "hotel");
  await createLocation(url, "HTL-OUT", "hotel");
  await createLocation(url, "STR-API", "store");
  currentActor = {
    ...(await createActor("receptionist", [hotel])),
    locale: "nl",
    mustChangePassword: false,
    secondFactor: passedSecondFactor(),
  };
});

describe("GET /api/arrivals", () => {
  it("answers the board as JSON", async () => {
    const { status, body } = await get(`/api/arrivals?location=HTL-API&date=${today}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ location: { code: "HTL-API" }, date: today, today, rows: [] });
  });

  it("answers 400 naming each bad field, never a 500", async () => {
    const { status, body } = await get("/api/arrivals?location=%27%3B--&date=2026-02-30");
    expect(status).toBe(400);
    expect((body as { issues: { path: string }[] }).issues.map((issue) => issue.path).sort()).toEqual([
      "date",
      "location",
    ]);
  });

  it("answers 404 for a hotel outside the actor's locations, in the staff member's language", async () => {
    const outside = await get("/api/arrivals?location=HTL-OUT");
    expect(outside.status).toBe(404);
    expect(outside.body).toMatchObject({ error: "Dit hotel hoort niet bij jouw vestigingen." });
    expect((await get("/api/arrivals?location=STR-API")).status).toBe(404);
  });

  it("shows an arrival sent through POST /api/v1/events on the next poll", async () => {
    const before = (await get("/api/arrivals?location=HTL-API")).body as ArrivalsBoard;
    const key = await createTestApiKey(process.env.DATABASE_URL!, { source: "booking-engine-test" });
    const departure = new Date(Date.parse(`${today}T12:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
    const event = bookingEvent("API-ARRIVAL-1", "HTL-API", {
      traits: { firstName: "Ingrid", lastName: "Ingest" },
      booking: {
        reference: "API-ARRIVAL-1",
        locationCode: "HTL-API",
        arrivalDate: today,
        departureDate: departure,
        roomType: "Double",
      },
    });
    const { POST } = await import("@/app/api/v1/events/route");
    const response = await callApi(POST, "/api/v1/events", { key: key.key, body: { events: [event] } });
    expect(response.status).toBe(200);

    const after = (await get("/api/arrivals?location=HTL-API")).body as ArrivalsBoard;
    expect(after.rows.length).toBe(before.rows.length + 1);
    expect(after.rows.find((row) => row.reference === "API-ARRIVAL-1")).toMatchObject({
      customer: { name: "Ingrid Ingest" },
      channel: "booking_com",
      status: "confirmed",
      canCheckIn: true,
    });
  });
});

describe("GET /api/pickups", () => {
  it("is forbidden to a receptionist and answers an empty board to a manager without a store", async () => {
    expect((await get("/api/pickups")).status).toBe(403);
    const saved = currentActor;
    currentActor = {
      ...(await createActor("manager", [])),
      locale: "nl",
      mustChangePassword: false,
      secondFactor: passedSecondFactor(),
    };
    const { status, body } = await get("/api/pickups");
    expect(status).toBe(200);
    expect(body as PickupsBoard).toMatchObject({ location: null, rows: [] });
    expect((await get("/api/pickups?location=x%20y")).status).toBe(400);
    currentActor = saved;
  });
});
