import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BookingStatus, EventType } from "@/lib/generated/prisma/enums";
import type { PreparedEvent } from "./ingest-types";
import type { LocationTouch } from "./upsert-customer-locations";
import { uuidV7 } from "@/lib/db/uuid-v7";

type Tx = Prisma.TransactionClient;

export interface BookingEvent {
  customerId: string;
  type: EventType;
  occurredAt: Date;
  channel: string;
  locationId: string | null;
  booking: NonNullable<PreparedEvent["booking"]>;
  bookingLocationId: string | null;
}

const IMPLIED_STATUS: Partial<Record<EventType, BookingStatus>> = {
  booking_created: "confirmed",
  booking_cancelled: "cancelled",
  check_in: "checked_in",
  check_out: "checked_out",
};

/** Folds a batch's events per booking (in time order) into one insert or update per reference. */
export async function writeBookings(
  tx: Tx,
  source: string,
  events: BookingEvent[],
  existing: Set<string>,
  touches: LocationTouch[],
): Promise<void> {
  const byReference = new Map<string, Record<string, unknown> & { customerId: string }>();
  for (const event of [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())) {
    const { booking } = event;
    const row = byReference.get(booking.reference) ?? {
      customerId: event.customerId,
      reference: booking.reference,
      channel: event.channel,
    };
    const locationId = event.bookingLocationId ?? event.locationId;
    if (locationId) row.locationId = locationId;
    for (const key of [
      "arrivalDate",
      "departureDate",
      "roomType",
      "roomNumber",
      "guests",
      "channel",
    ] as const) {
      if (booking[key] !== undefined && booking[key] !== null) row[key] = booking[key];
    }
    const status = booking.status ?? IMPLIED_STATUS[event.type];
    if (status) row.status = status;
    byReference.set(booking.reference, row);
    if (locationId) touches.push({ customerId: event.customerId, locationId, at: event.occurredAt });
  }
  const fresh = [...byReference.values()]
    .filter((row) => !existing.has(row.reference as string))
    .map((row) => ({ id: uuidV7(), ...row }));
  const known = [...byReference.values()].filter((row) => existing.has(row.reference as string));
  if (fresh.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "Booking" (id, "customerId", "locationId", reference, "arrivalDate", "departureDate", channel, "roomType", "roomNumber",
        guests, status, source, "createdAt", "updatedAt")
      SELECT x.id, x."customerId", x."locationId", x.reference, x."arrivalDate", x."departureDate", x.channel::"Channel", x."roomType",
        x."roomNumber", COALESCE(x.guests, 1), COALESCE(x.status, 'confirmed')::"BookingStatus", ${source}, timezone('UTC', now()), timezone('UTC', now())
      FROM jsonb_to_recordset(${JSON.stringify(fresh)}::jsonb) AS x(id uuid, "customerId" uuid, "locationId" uuid, reference text,
        "arrivalDate" date, "departureDate" date, channel text, "roomType" text, "roomNumber" text, guests int, status text)
      ORDER BY x.reference`;
  }
  if (known.length > 0) {
    await tx.$executeRaw`
      UPDATE "Booking" AS b SET
        "locationId" = COALESCE(x."locationId", b."locationId"), "arrivalDate" = COALESCE(x."arrivalDate", b."arrivalDate"),
        "departureDate" = COALESCE(x."departureDate", b."departureDate"), channel = COALESCE(x.channel::"Channel", b.channel),
        "roomType" = COALESCE(x."roomType", b."roomType"), "roomNumber" = COALESCE(x."roomNumber", b."roomNumber"),
        guests = COALESCE(x.guests, b.guests), status = COALESCE(x.status::"BookingStatus", b.status), "updatedAt" = timezone('UTC', now())
      FROM jsonb_to_recordset(${JSON.stringify(known)}::jsonb) AS x("locationId" uuid, reference text, "arrivalDate" date,
        "departureDate" date, channel text, "roomType" text, "roomNumber" text, guests int, status text)
      WHERE b.reference = x.reference`;
  }
}
