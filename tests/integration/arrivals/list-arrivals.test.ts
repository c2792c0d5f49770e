import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { localDate } from "@/lib/time/local-date";
import { createActor } from "@/tests/factories/actor-factory";
import { createBooking, createComplaint, createFact } from "@/tests/factories/board-factory";
import { createCustomer } from "@/tests/factories/customer-factory";
import { createLocation } from "@/tests/factories/staff-factory";
import { listArrivals } from "@/lib/arrivals/list-arrivals";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
afterAll(() => pool.end());

const today = localDate("Europe/Amsterdam");
const shift = (days: number) =>
  new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const complaintOpenedAt = new Date(Date.now() - 3 * 86_400_000);
let amsterdam = "";
let utrecht = "";
let receptionist: Actor;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const url = process.env.DATABASE_URL!;
  amsterdam = await createLocation(url, "HTL-A", "hotel");
  utrecht = await createLocation(url, "HTL-B", "hotel");
  await createLocation(url, "STR-A", "store");
  receptionist = await createActor("receptionist", [amsterdam]);

  const customer = async (firstName: string, lastName: string) =>
    (await createCustomer(pool, { firstName, lastName })).id;
  ids.returning = await customer("Anna", "de Vries");
  ids.first = await customer("Bram", "Bakker");
  ids.cancelled = await customer("Carla", "Claes");
  ids.elsewhere = await customer("Dirk", "Dekker");
  ids.inHouse = await customer("Eva", "Evers");

  // Anna: three past stays (one at the other hotel, one no-show that doesn't count), an open and a
  // resolved complaint, preferences with a newer one replacing an older one of the same label.
  await createBooking(pool, {
    customerId: ids.returning,
    locationCode: "HTL-A",
    arrivalDate: shift(-400),
    status: "checked_out",
  });
  await createBooking(pool, {
    customerId: ids.returning,
    locationCode: "HTL-B",
    arrivalDate: shift(-200),
    status: "checked_out",
  });
  await createBooking(pool, {
    customerId: ids.returning,
    locationCode: "HTL-A",
    arrivalDate: shift(-100),
    status: "checked_out",
  });
  await createBooking(pool, {
    customerId: ids.returning,
    locationCode: "HTL-A",
    arrivalDate: shift(-50),
    status: "no_show",
  });
  await createComplaint(pool, {
    customerId: ids.returning,
    reason: "Noise at night",
    openedAt: complaintOpenedAt,
  });
  await createComplaint(pool, { customerId: ids.returning, reason: "Cold shower", status: "resolved" });
  await createFact(pool, {
    customerId: ids.returning,
    label: "Room preference",
    value: "quiet side",
    recordedAt: new Date(Date.now() - 9e8),
  });
  await createFact(pool, {
    customerId: ids.returning,
    label: "Room preference",
    value: "high floor",
    recordedAt: new Date(Date.now() - 1000),
  });
  await createFact(pool, {
    customerId: ids.returning,
    kind: "dietary",
    label: "Dietary",
    value: "vegetarian",
  });
  await createFact(pool, {
    customerId: ids.returning,
    kind: "heard_via",
    label: "Heard of us via",
    value: "a friend",
  });

  ids.annaBooking = (
    await createBooking(pool, {
      customerId: ids.returning,
      locationCode: "HTL-A",
      arrivalDate: today,
      channel: "booking_com",
      roomNumber: "412",
      nights: 3,
    })
  ).id;
  ids.bramBooking = (
    await createBooking(pool, {
      customerId: ids.first,
      locationCode: "HTL-A",
      arrivalDate: today,
      roomNumber: null,
    })
  ).id;
  await createBooking(pool, {
    customerId: ids.cancelled,
    locationCode: "HTL-A",
    arrivalDate: today,
    status: "cancelled",
  });
  await createBooking(pool, { customerId: ids.elsewhere, locationCode: "HTL-B", arrivalDate: today });
  ids.evaBooking = (
    await createBooking(pool, {
      customerId: ids.inHouse,
      locationCode: "HTL-A",
      arrivalDate: today,
      status: "checked_in",
    })
  ).id;
  ids.tomorrowBooking = (
    await createBooking(pool, { customerId: ids.first, locationCode: "HTL-A", arrivalDate: shift(1) })
  ).id;
});

describe("listArrivals", () => {
  it("lists today's arrivals at the receptionist's hotel, cancelled ones left out, by last name without prefix", async () => {
    const { board, choices } = await listArrivals(receptionist);
    expect(board.location?.code).toBe("HTL-A");
    expect(board.date).toBe(today);
    expect(choices.map((choice) => choice.code)).toEqual(["HTL-A"]);
    expect(board.rows.map((row) => row.customer.name)).toEqual(["Bram Bakker", "Eva Evers", "Anna de Vries"]);
    expect(board.rows.find((row) => row.bookingId === ids.evaBooking)).toMatchObject({
      status: "checked_in",
      canCheckIn: false,
    });
  });

  it("gives each row its room, nights, channel and context badges from batched lookups", async () => {
    const { board } = await listArrivals(receptionist);
    const anna = board.rows.find((row) => row.bookingId === ids.annaBooking);
    expect(anna).toMatchObject({
      roomNumber: "412",
      nights: 3,
      channel: "booking_com",
      status: "confirmed",
      canCheckIn: true,
      // The open complaint rules out a survey (the contact policy's badge).
      contactBadges: [{ kind: "no_survey", label: "No survey", reason: expect.stringMatching(/still open/) }],
      badges: {
        previousVisits: 3,
        openComplaints: [{ reason: "Noise at night" }],
        preferences: [
          { label: "Dietary", value: "vegetarian" },
          { label: "Room preference", value: "high floor" },
        ],
      },
    });
    // Stored as UTC without a zone; the board sends the same instant back.
    expect(anna?.badges.openComplaints[0]?.openedAt).toBe(complaintOpenedAt.toISOString());
    const bram = board.rows.find((row) => row.bookingId === ids.bramBooking);
    expect(bram?.badges).toEqual({ previousVisits: 0, openComplaints: [], preferences: [] });
    expect(bram?.roomNumber).toBeNull();
  });

  it("shows another day, where check-in is not open yet", async () => {
    const { board } = await listArrivals(receptionist, { date: shift(1) });
    expect(board.rows.map((row) => row.bookingId)).toEqual([ids.tomorrowBooking]);
    expect(board.rows[0]?.canCheckIn).toBe(false);
  });

  it("answers 404 for a hotel outside the actor's locations, a store or an unknown code", async () => {
    await expect(listArrivals(receptionist, { location: "HTL-B" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listArrivals(receptionist, { location: utrecht })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listArrivals(receptionist, { location: "STR-A" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listArrivals(receptionist, { location: "NOPE" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets a manager of two hotels and an admin pick one by code or id", async () => {
    const manager = await createActor("manager", [amsterdam, utrecht]);
    const { board, choices } = await listArrivals(manager, { location: "htl-b" });
    expect(choices.map((choice) => choice.code)).toEqual(["HTL-A", "HTL-B"]);
    expect(board.rows.map((row) => row.customer.name)).toEqual(["Dirk Dekker"]);
    const admin = await createActor("admin");
    expect((await listArrivals(admin, { location: utrecht })).board.location?.code).toBe("HTL-B");
  });

  it("shows an empty board, not an error, to someone who works at no hotel", async () => {
    const manager = await createActor("manager", []);
    const { board } = await listArrivals(manager);
    expect(board.location).toBeNull();
    expect(board.rows).toEqual([]);
  });

  it("rejects a malformed date or location with a 400 naming the field", async () => {
    for (const [input, path] of [
      [{ date: "2026-13-45" }, "date"],
      [{ date: "tomorrow" }, "date"],
      [{ date: "2026-02-30" }, "date"],
      [{ date: "1800-01-01" }, "date"],
      [{ location: "HTL AMS; drop" }, "location"],
    ] as const) {
      const error = await listArrivals(receptionist, input).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([path]);
    }
  });

  it("refuses roles without arrivals.view", async () => {
    const store = await createActor("store_staff", [amsterdam]);
    await expect(listArrivals(store)).rejects.toBeInstanceOf(ForbiddenError);
    const intern = await createActor("intern", [amsterdam]);
    await expect(listArrivals(intern)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
