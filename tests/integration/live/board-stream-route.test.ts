// GET /api/arrivals/live and /api/pickups/live over the real route handlers: the same session,
// permission and location checks as the boards' JSON routes, events carrying ids only, and the
// stream ending when the session is signed out. Also the JSON routes asked for only some rows.
import { NextRequest } from "next/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentActor } from "@/lib/auth/current-actor";
import { startSession } from "@/lib/auth/sign-in";
import type { ArrivalsBoard, PickupsBoard } from "@/lib/boards/board-types";
import { liveHub } from "@/lib/live/live-hub";
import { localDate } from "@/lib/time/local-date";
import { createActor, passedSecondFactor } from "../../factories/actor-factory";
import { createBooking, createOrder } from "../../factories/board-factory";
import { createCustomer } from "../../factories/customer-factory";
import { createLocation } from "../../factories/staff-factory";

let currentActor: CurrentActor | null = null;
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => currentActor }));

const today = localDate("Europe/Amsterdam");
let pool: pg.Pool;
let receptionist: CurrentActor;
let storeStaff: CurrentActor;

async function actorWithSession(
  role: "receptionist" | "store_staff",
  locationIds: string[],
): Promise<CurrentActor> {
  const actor = await createActor(role, locationIds);
  const sessionId = await startSession(actor.id, 1, { ip: null, userAgent: "vitest" });
  return { ...actor, sessionId, mustChangePassword: false, locale: "nl", secondFactor: passedSecondFactor() };
}

async function get(path: string, controller = new AbortController()): Promise<Response> {
  const route = path.startsWith("/api/arrivals/live")
    ? await import("@/app/api/arrivals/live/route")
    : path.startsWith("/api/pickups/live")
      ? await import("@/app/api/pickups/live/route")
      : path.startsWith("/api/arrivals")
        ? await import("@/app/api/arrivals/route")
        : await import("@/app/api/pickups/route");
  return route.GET(new NextRequest(new URL(path, "http://localhost"), { signal: controller.signal }), {
    params: Promise.resolve({}),
  });
}

/** Reads a stream until its text so far passes `done`; returns that text. */
async function readUntil(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  done: (text: string) => boolean,
  seen = { text: "" },
): Promise<string> {
  const decoder = new TextDecoder();
  const timeout = Date.now() + 5_000;
  while (!done(seen.text)) {
    if (Date.now() > timeout) throw new Error(`stream said only: ${seen.text}`);
    const { value, done: ended } = await reader.read();
    if (ended) break;
    seen.text += decoder.decode(value, { stream: true });
  }
  return seen.text;
}

beforeAll(async () => {
  const url = process.env.DATABASE_URL!;
  pool = new pg.Pool({ connectionString: url, max: 2 });
  const hotel = await createLocation(url, "HTL-RT");
  await createLocation(url, "HTL-NOT");
  const store = await createLocation(url, "STR-RT", "store");
  receptionist = await actorWithSession("receptionist", [hotel]);
  storeStaff = await actorWithSession("store_staff", [store]);
});

afterAll(async () => {
  await liveHub().close();
  await pool.end();
});

describe("GET /api/arrivals/live", () => {
  it("refuses what the board's JSON route refuses: no session, another role, another hotel, a bad query", async () => {
    currentActor = null;
    expect((await get("/api/arrivals/live?location=HTL-RT")).status).toBe(401);
    currentActor = storeStaff;
    expect((await get("/api/arrivals/live?location=HTL-RT")).status).toBe(403);
    currentActor = receptionist;
    expect((await get("/api/arrivals/live?location=HTL-NOT")).status).toBe(404);
    expect((await get("/api/arrivals/live?location=STR-RT")).status).toBe(404);
    expect((await get("/api/arrivals/live")).status).toBe(400);
    expect((await get("/api/arrivals/live?location=HTL-RT&since=yesterday")).status).toBe(400);
  });

  it("streams ids of what changes on the board, and ends when the session is signed out", async () => {
    currentActor = receptionist;
    const controller = new AbortController();
    const response = await get(
      `/api/arrivals/live?location=HTL-RT&date=${today}&since=${Date.now()}`,
      controller,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    expect(response.headers.get("cache-control")).toContain("no-transform");
    const reader = response.body!.getReader();
    const seen = { text: "" };
    await readUntil(reader, (text) => text.includes("event: ready"), seen);

    const { id: customerId } = await createCustomer(pool, { firstName: "Stream", lastName: "Guest" });
    const booking = await createBooking(pool, { customerId, locationCode: "HTL-RT", arrivalDate: today });
    const text = await readUntil(reader, (so) => so.includes(booking.id), seen);
    const change = text.split("\n\n").find((event) => event.includes(booking.id))!;
    expect(change).toMatch(/^event: change\ndata: /);
    expect(JSON.parse(change.split("data: ")[1]!)).toEqual({
      kind: "b",
      day: today,
      ids: [booking.id],
      at: expect.any(Number),
    });
    expect(text).not.toContain("Stream Guest");

    await pool.query(`UPDATE "StaffSession" SET "endedAt" = now() WHERE id = $1`, [receptionist.sessionId]);
    const ended = await readUntil(reader, (so) => so.includes("event: end"), seen);
    expect(ended).toContain(`event: end\ndata: {"reason":"session"}`);
    expect((await reader.read()).done).toBe(true);
    receptionist = await actorWithSession("receptionist", receptionist.locationIds);
  });

  it("lets the hub go of a stream whose browser went away", async () => {
    currentActor = receptionist;
    const controller = new AbortController();
    const response = await get(`/api/arrivals/live?location=HTL-RT&date=${today}`, controller);
    await readUntil(response.body!.getReader(), (text) => text.includes("event: ready"));
    const open = liveHub().size;
    controller.abort();
    expect(liveHub().size).toBe(open - 1);
  });
});

describe("GET /api/pickups/live", () => {
  it("is for store staff of the store", async () => {
    currentActor = receptionist;
    expect((await get("/api/pickups/live?location=STR-RT")).status).toBe(403);
    currentActor = storeStaff;
    const controller = new AbortController();
    const response = await get("/api/pickups/live?location=STR-RT", controller);
    expect(response.status).toBe(200);
    await readUntil(response.body!.getReader(), (text) => text.includes("event: ready"));
    controller.abort();
  });
});

describe("the boards' JSON routes, asked for some rows", () => {
  it("answer only those rows of the board, within the same scope", async () => {
    currentActor = receptionist;
    const { id: customerId } = await createCustomer(pool, { firstName: "Row", lastName: "Read" });
    const wanted = await createBooking(pool, { customerId, locationCode: "HTL-RT", arrivalDate: today });
    const other = await createBooking(pool, { customerId, locationCode: "HTL-RT", arrivalDate: today });
    const response = await get(`/api/arrivals?location=HTL-RT&date=${today}&bookings=${wanted.id}`);
    const board = (await response.json()) as ArrivalsBoard;
    expect(board.rows.map((row) => row.bookingId)).toEqual([wanted.id]);
    expect(board.rows.map((row) => row.bookingId)).not.toContain(other.id);
    expect((await get(`/api/arrivals?location=HTL-NOT&bookings=${wanted.id}`)).status).toBe(404);
    expect((await get(`/api/arrivals?location=HTL-RT&bookings=1,2`)).status).toBe(400);

    currentActor = storeStaff;
    const order = await createOrder(pool, {
      customerId,
      locationCode: "STR-RT",
      readyDate: today,
      lines: [{ productName: "Lamp", category: "lamps" }],
    });
    const pickups = (await (
      await get(`/api/pickups?location=STR-RT&orders=${order.id}`)
    ).json()) as PickupsBoard;
    expect(pickups.rows.map((row) => row.orderId)).toEqual([order.id]);
  });
});
