import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { sayError } from "@/lib/api/error-response";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { db } from "@/lib/db/client";
import { localDate } from "@/lib/time/local-date";
import { createActor } from "@/tests/factories/actor-factory";
import { createBooking, type BookingInput } from "@/tests/factories/board-factory";
import { createCustomer } from "@/tests/factories/customer-factory";
import { createLocation } from "@/tests/factories/staff-factory";
import { checkInBooking } from "@/lib/arrivals/check-in-booking";
import { listArrivals } from "@/lib/arrivals/list-arrivals";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
afterAll(() => pool.end());

const today = localDate("Europe/Amsterdam");
const shift = (days: number) =>
  new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let hotel = "";
let receptionist: Actor;

beforeAll(async () => {
  hotel = await createLocation(process.env.DATABASE_URL!, "HTL-CI", "hotel");
  await createLocation(process.env.DATABASE_URL!, "HTL-XX", "hotel");
  receptionist = await createActor("receptionist", [hotel]);
});

async function booking(overrides: Partial<BookingInput> = {}) {
  const customer = await createCustomer(pool, { firstName: "Gast", lastName: randomUUID().slice(0, 8) });
  const created = await createBooking(pool, {
    customerId: customer.id,
    locationCode: "HTL-CI",
    arrivalDate: today,
    roomNumber: "305",
    ...overrides,
  });
  return { ...created, customerId: customer.id };
}

const eventsOf = (bookingId: string) =>
  db.journeyEvent.findMany({ where: { source: "gastvrij", sourceEventId: `check_in:${bookingId}` } });
const auditsOf = (customerId: string) =>
  db.auditEntry.findMany({ where: { action: "booking.checkIn", customerId } });

describe("checkInBooking", () => {
  it("checks the guest in, records a check_in event and an audit entry", async () => {
    const { id, customerId, reference } = await booking();
    const before = Date.now();
    const result = await checkInBooking(receptionist, { bookingId: id });
    expect(result).toMatchObject({ bookingId: id, status: "checked_in", wasAlreadyCheckedIn: false });

    const stored = await db.booking.findUniqueOrThrow({ where: { id } });
    expect(stored.status).toBe("checked_in");
    expect(stored.checkedInAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const [event, ...more] = await eventsOf(id);
    expect(more).toHaveLength(0);
    expect(event).toMatchObject({
      customerId,
      type: "check_in",
      direction: "inbound",
      channel: "in_person",
      locationId: hotel,
      createdById: receptionist.id,
      summary: "Checked in at Test hotel HTL-CI, room 305",
    });
    expect(event?.payload).toMatchObject({ bookingRef: reference });
    const [audit] = await auditsOf(customerId);
    expect(audit).toMatchObject({ actorId: receptionist.id, details: { bookingId: id, reference } });
    const customer = await db.customer.findUniqueOrThrow({ where: { id: customerId } });
    expect(customer.lastSeenAt?.getTime()).toBe(stored.checkedInAt?.getTime());

    const { board } = await listArrivals(receptionist);
    expect(board.rows.find((row) => row.bookingId === id)).toMatchObject({
      status: "checked_in",
      canCheckIn: false,
    });
  });

  it("is idempotent: a second click or simultaneous clicks record one event and one audit entry", async () => {
    const first = await booking();
    const done = await checkInBooking(receptionist, { bookingId: first.id });
    const again = await checkInBooking(receptionist, { bookingId: first.id });
    expect(again).toEqual({ ...done, wasAlreadyCheckedIn: true });
    expect(await eventsOf(first.id)).toHaveLength(1);
    expect(await auditsOf(first.customerId)).toHaveLength(1);

    const second = await booking();
    const colleague = await createActor("receptionist", [hotel]);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        checkInBooking(index % 2 ? colleague : receptionist, { bookingId: second.id }),
      ),
    );
    expect(results.filter((result) => !result.wasAlreadyCheckedIn)).toHaveLength(1);
    expect(new Set(results.map((result) => result.checkedInAt)).size).toBe(1);
    expect(await eventsOf(second.id)).toHaveLength(1);
    expect(await auditsOf(second.customerId)).toHaveLength(1);
  });

  it("answers 404 for a booking at another hotel and changes nothing", async () => {
    const elsewhere = await booking({ locationCode: "HTL-XX" });
    await expect(checkInBooking(receptionist, { bookingId: elsewhere.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(checkInBooking(receptionist, { bookingId: randomUUID() })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await db.booking.findUniqueOrThrow({ where: { id: elsewhere.id } })).status).toBe("confirmed");
    expect(await eventsOf(elsewhere.id)).toHaveLength(0);
  });

  it("refuses with a 400 on bookingId a cancelled booking, a future arrival, a past stay and a bad id", async () => {
    const cancelled = await booking({ status: "cancelled" });
    const future = await booking({ arrivalDate: shift(2) });
    const past = await booking({ arrivalDate: shift(-5), nights: 2 });
    const cases: [unknown, string][] = [
      [{ bookingId: cancelled.id }, "This booking was cancelled."],
      [{ bookingId: future.id }, `This booking arrives on ${shift(2)}; check in from that day.`],
      [{ bookingId: past.id }, `This stay ended on ${shift(-3)}.`],
      [{ bookingId: "not-a-uuid" }, "Booking must be a booking id."],
      [{}, "Booking must be a booking id."],
    ];
    for (const [input, message] of cases) {
      const error = await checkInBooking(receptionist, input).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ValidationError);
      const issues = (error as ValidationError).issues.map(({ path, message }) => ({ path, message }));
      expect(issues).toEqual([{ path: "bookingId", message }]);
    }
    // Staff read the refusal in their own language.
    const refusal = await checkInBooking(receptionist, { bookingId: cancelled.id }).catch(
      (caught: unknown) => caught,
    );
    expect(sayError(refusal as ValidationError, "nl").message).toBe("Deze boeking is geannuleerd.");
    expect(sayError(refusal as ValidationError, "en").message).toBe("This booking was cancelled.");
    for (const { id } of [cancelled, future, past]) expect(await eventsOf(id)).toHaveLength(0);
    expect((await db.booking.findUniqueOrThrow({ where: { id: future.id } })).status).toBe("confirmed");
  });

  it("lets a guest who arrived yesterday check in late, within the stay", async () => {
    const late = await booking({ arrivalDate: shift(-1), nights: 3 });
    expect((await checkInBooking(receptionist, { bookingId: late.id })).wasAlreadyCheckedIn).toBe(false);
  });

  it("refuses roles without arrivals.checkIn", async () => {
    const { id } = await booking();
    await expect(
      checkInBooking(await createActor("store_staff", [hotel]), { bookingId: id }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      checkInBooking(await createActor("intern", [hotel]), { bookingId: id }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
