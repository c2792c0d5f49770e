// One of today's arrivals: a confirmed booking made days or weeks ago, with its event and reference.
// The first arrival at the first hotel (HTL-AMS) is a returning guest with an open complaint who
// booked through Booking.com, so the board and the card always have that case to show.
import type { Rng } from "./random";
import { BOOKING_CHANNELS, bookingSummary, ROOMS } from "./hotel-offer";
import { IdKind, keyUuid, seedUuid } from "./ids";
import type { SeededLocation } from "./locations";
import { isGuest, type Scenarios } from "./scenarios";
import { dayString, DAY, iso } from "./time";
import type { TodayContext } from "./today-rows";

export function addArrival(day: TodayContext, rng: Rng, hotel: SeededLocation, h: number, k: number): void {
  const role = rng.weighted<(s: Scenarios) => boolean>([
    [(s) => s.isReturningGuest, 30],
    [(s) => s.hasOpenComplaint, 10],
    [(s) => s.hasRoomPreference, 25],
    [isGuest, 35],
  ]);
  const isShowcase = h === 0 && k === 0;
  const customerId = seedUuid(
    IdKind.customer,
    day.pickCustomer(isShowcase ? (s) => s.isReturningGuest && s.hasOpenComplaint : role),
    0,
  );
  const reference = `GV-${day.stamp}-${String.fromCharCode(65 + h)}${String(k).padStart(2, "0")}`;
  const weighted = rng.weighted(BOOKING_CHANNELS.filter(([candidate]) => candidate !== "walk_in"));
  const channel = isShowcase ? "booking_com" : weighted;
  const bookedAt = day.now - rng.between(0.2, 75) * DAY;
  const room = rng.pick(ROOMS);
  const nights = rng.weighted([
    [1, 40],
    [2, 35],
    [3, 15],
    [4, 10],
  ] as const);
  const key = `today:${day.date}:${hotel.code}:${k}`;
  day.rows.booking([
    keyUuid(`${key}:booking`),
    customerId,
    hotel.id,
    reference,
    day.date,
    dayString(day.today + nights),
    channel,
    room.type,
    null,
    rng.int(1, room.maxGuests),
    "confirmed",
    "booking-engine",
    iso(bookedAt),
    iso(bookedAt),
  ]);
  day.rows.identity(keyUuid(`${key}:ref`), customerId, "booking_ref", reference, "booking-engine", bookedAt);
  day.rows.event(customerId, {
    key: `${key}:booked`,
    type: "booking_created",
    channel,
    at: bookedAt,
    locationId: hotel.id,
    source: "booking-engine",
    summary: bookingSummary(nights, hotel.city, room.type, channel),
    payload: { bookingRef: reference, arrival: day.date, nights },
  });
}
