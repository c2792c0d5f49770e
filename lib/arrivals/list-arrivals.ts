import "server-only";
import { assertCan, locationScope, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { dateOnly, localDate } from "@/lib/time/local-date";

/** Bookings arriving on `day` (default: today in Amsterdam) at the hotels the actor works at. */
export async function listArrivals(actor: Actor, day = localDate("Europe/Amsterdam")) {
  assertCan(actor, "arrivals.view");
  const scope = locationScope(actor);
  return db.booking.findMany({
    where: {
      arrivalDate: dateOnly(day),
      status: { not: "cancelled" },
      location: { type: "hotel", ...(scope ? { id: { in: scope } } : {}) },
    },
    orderBy: [{ customer: { lastName: "asc" } }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      reference: true,
      arrivalDate: true,
      departureDate: true,
      roomType: true,
      roomNumber: true,
      status: true,
      channel: true,
      location: { select: { name: true } },
      customer: { select: { id: true, firstName: true, lastName: true, preferredName: true } },
    },
  });
}
