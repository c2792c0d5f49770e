// Hotel stays: a Booking row with its booking_created, booking_modified, booking_cancelled,
// check_in, check_out and payment events, all at the hotel. History never arrives today: today's
// arrivals come from today.ts, so the arrivals board shows exactly those.
import type { BookingStatus, Channel } from "../../lib/generated/prisma/enums";
import { normalizeCode } from "../../lib/validation/normalize-identifier";
import {
  BOOKING_CHANNELS,
  bookingSummary,
  CANCEL_REASONS,
  leadDays,
  MODIFICATIONS,
  NIGHTS,
  ROOMS,
} from "./hotel-offer";
import type { Journey } from "./journey";
import type { SeededLocation } from "./locations";
import { amsterdamDay, amsterdamTime, dayString, DAY, HOUR, iso, MINUTE } from "./time";

export interface Stay {
  locationId: string;
  city: string;
  status: BookingStatus;
  checkInAt: number | null;
  checkOutAt: number | null;
}

interface Booking {
  id: string;
  reference: string;
  hotel: SeededLocation;
  channel: Channel;
  arrival: number;
  departure: number;
  room: (typeof ROOMS)[number];
  guests: number;
  booked: number;
}

function planBooking(
  journey: Journey,
  hotel: SeededLocation,
  bookedAt: number,
  forcedChannel?: Channel,
): Booking {
  const { rng, ctx } = journey;
  const channel = forcedChannel ?? rng.weighted(BOOKING_CHANNELS);
  let arrival = amsterdamDay(bookedAt) + leadDays(rng, channel);
  // Today's arrivals are today.ts's alone; spread the ones that would land today over the weeks ahead.
  if (arrival === ctx.today) arrival += rng.int(1, 60);
  let departure = arrival + rng.weighted(NIGHTS);
  if (arrival < ctx.today && departure > ctx.today) departure = ctx.today;
  const room = rng.weighted(
    ROOMS.map((candidate) => [candidate, candidate.type === "Standard double" ? 4 : 2] as const),
  );
  const { id, seq } = journey.nextId("booking");
  const booked = Math.min(bookedAt, ctx.now, amsterdamTime(arrival, 23 * 60));
  const guests = rng.int(1, room.maxGuests);
  return {
    id,
    reference: journey.bookingReference(seq),
    hotel,
    channel,
    arrival,
    departure,
    room,
    guests,
    booked,
  };
}

function writeBooking(
  journey: Journey,
  booking: Booking,
  status: BookingStatus,
  roomNumber: string | null,
  lastChange: number,
): void {
  const { id, hotel, reference, arrival, departure, channel, room, guests, booked } = booking;
  journey.ctx.buffers.Booking.add(
    `${id}\t${journey.customerId}\t${hotel.id}\t${reference}\t${dayString(arrival)}\t${dayString(departure)}\t` +
      `${channel}\t${room.type}\t${roomNumber ?? "\\N"}\t${guests}\t${status}\tbooking-engine\t${iso(booked)}\t${iso(lastChange)}\n`,
  );
}

/** Check-in, check-out and, unless prepaid, payment at the desk. */
function addVisit(
  journey: Journey,
  booking: Booking,
  isPrepaid: boolean,
  base: EventBase,
): Omit<Stay, "locationId" | "city"> & { roomNumber: string; lastChange: number } {
  const { rng } = journey;
  const checkInAt = Math.max(
    booking.booked + MINUTE,
    amsterdamTime(booking.arrival, rng.int(14 * 60, 21 * 60 + 30)),
  );
  const roomNumber = `${rng.int(1, 6)}${String(rng.int(1, 28)).padStart(2, "0")}`;
  const payload = { ...base.payload, room: roomNumber };
  journey.event({
    ...base,
    type: "check_in",
    channel: "in_person",
    at: checkInAt,
    source: "front-desk",
    payload,
    summary: `Checked in, room ${roomNumber}`,
  });
  const outAt = amsterdamTime(booking.departure, rng.int(7 * 60 + 30, 11 * 60 + 30));
  const isCheckedOut = journey.event({
    ...base,
    type: "check_out",
    channel: "in_person",
    at: outAt,
    source: "front-desk",
    summary: "Checked out",
  });
  if (!isCheckedOut) {
    return { status: "checked_in", checkInAt, checkOutAt: null, roomNumber, lastChange: checkInAt };
  }
  if (!isPrepaid) {
    const amount = stayAmount(booking);
    journey.event({
      ...base,
      type: "payment",
      channel: "in_person",
      at: outAt + MINUTE,
      source: "front-desk",
      payload: { ...base.payload, amount },
      summary: `Paid €${amount} for the stay`,
    });
  }
  return { status: "checked_out", checkInAt, checkOutAt: outAt, roomNumber, lastChange: outAt };
}

function stayAmount(booking: Booking): string {
  return (booking.room.rate * (booking.departure - booking.arrival) * (booking.guests > 2 ? 1.2 : 1)).toFixed(
    2,
  );
}

interface EventBase {
  locationId: string;
  source: string;
  payload: { bookingRef: string; arrival: string; nights: number };
}

export function addStay(
  journey: Journey,
  hotel: SeededLocation,
  bookedAt: number,
  forcedChannel?: Channel,
): Stay {
  const { rng, ctx } = journey;
  const booking = planBooking(journey, hotel, bookedAt, forcedChannel);
  const { channel, booked, reference, arrival, departure } = booking;
  const base: EventBase = {
    locationId: hotel.id,
    source: "booking-engine",
    payload: { bookingRef: reference, arrival: dayString(arrival), nights: departure - arrival },
  };
  const changeChannel = channel === "walk_in" ? "phone" : channel;
  journey.event({
    ...base,
    type: "booking_created",
    channel,
    at: booked,
    summary: bookingSummary(departure - arrival, hotel.city, booking.room.type, channel),
  });
  journey.identity("booking_ref", reference, normalizeCode(reference) ?? reference, "booking-engine", booked);
  const isPrepaid = channel === "booking_com" || channel === "expedia";
  if (isPrepaid) {
    const amount = stayAmount(booking);
    journey.event({
      ...base,
      type: "payment",
      channel: "web",
      at: booked + 2 * MINUTE,
      payload: { ...base.payload, amount },
      summary: `Paid €${amount} for the stay`,
    });
  }
  const arrivalStart = amsterdamTime(arrival, 14 * 60);
  if (arrivalStart - booked > 3 * DAY && rng.chance(0.1)) {
    journey.event({
      ...base,
      type: "booking_modified",
      channel: changeChannel,
      at: rng.between(booked + HOUR, arrivalStart - DAY),
      summary: rng.pick(MODIFICATIONS),
    });
  }

  const stay: Stay = {
    locationId: hotel.id,
    city: hotel.city,
    status: "confirmed",
    checkInAt: null,
    checkOutAt: null,
  };
  const roll = rng.next();
  const isPast = arrival < ctx.today;
  if (roll < 0.08 && arrivalStart - booked > 2 * HOUR) {
    const cancelledAt = rng.between(booked + HOUR, arrivalStart - HOUR);
    const reason = rng.pick(CANCEL_REASONS);
    if (
      journey.event({
        ...base,
        type: "booking_cancelled",
        channel: changeChannel,
        at: cancelledAt,
        summary: "Cancelled the booking",
        reason,
      })
    ) {
      writeBooking(journey, booking, "cancelled", null, cancelledAt);
      return { ...stay, status: "cancelled" };
    }
  } else if (isPast && roll < 0.12 && channel !== "walk_in") {
    const markedAt = amsterdamTime(arrival, 23 * 60 + 30);
    journey.event({
      ...base,
      type: "staff_outcome",
      channel: "in_person",
      at: markedAt,
      source: "front-desk",
      summary: "Marked as no-show",
    });
    writeBooking(journey, booking, "no_show", null, markedAt);
    return { ...stay, status: "no_show" };
  } else if (isPast) {
    const { roomNumber, lastChange, ...visit } = addVisit(journey, booking, isPrepaid, base);
    writeBooking(journey, booking, visit.status, roomNumber, lastChange);
    return { ...stay, ...visit };
  }
  writeBooking(journey, booking, "confirmed", null, booked);
  return stay;
}
