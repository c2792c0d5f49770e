import "server-only";
import { maskedFor } from "@/lib/boards/mask-board-rows";
import { assertCan, type Actor } from "@/lib/auth/actor";
import type { ArrivalRow, ArrivalsBoard, BoardLocationChoice } from "@/lib/boards/board-types";
import { badgeColumns, loadBoardBadges, type BadgeRecord } from "@/lib/boards/load-board-badges";
import { resolveBoardLocation } from "@/lib/boards/resolve-board-location";
import { readHeavyRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BookingStatus, Channel } from "@/lib/generated/prisma/enums";
import { customerDisplayName } from "@/lib/format/names";
import { localDate } from "@/lib/time/local-date";
import { arrivalsQuerySchema } from "@/lib/validation/boards";
import { parseInput } from "@/lib/validation/parse";

/** Dutch surnames sort without their prefix, as on a guest list: "de Vries" under V. */
const SORT_PREFIXES = "^((van|de|der|den|het|ten|ter|te|in|op|'t)\\s+)+";

/** Far above any hotel's day (the busiest at 1M customers has about 600); a bound, not a page size. */
const MAX_ARRIVALS = 2_000;

interface ArrivalRecord extends BadgeRecord {
  id: string;
  reference: string;
  departureDate: string;
  nights: number;
  roomType: string;
  roomNumber: string | null;
  guests: number;
  status: Exclude<BookingStatus, "cancelled">;
  channel: Channel;
  checkedInAt: Date | null;
  firstName: string | null;
  lastName: string | null;
}

/** A guest can be checked in from the arrival day until the day they leave. */
function canCheckIn(record: ArrivalRecord, day: string, today: string): boolean {
  return record.status === "confirmed" && day <= today && (today < record.departureDate || today === day);
}

/**
 * The arrivals board of one hotel for one day (default: the actor's first hotel, today in the hotel's
 * time zone): every booking arriving that day except cancelled ones, with the guests' context badges.
 */
export async function listArrivals(
  actor: Actor,
  input: unknown = {},
  /** Only these bookings (a live board reading again what changed), read from the primary. */
  { bookingIds }: { bookingIds?: string[] } = {},
): Promise<{ board: ArrivalsBoard; choices: BoardLocationChoice[] }> {
  assertCan(actor, "arrivals.view");
  const query = parseInput(arrivalsQuerySchema, input);
  const { location, choices } = await resolveBoardLocation(actor, "hotel", query.location);
  const today = localDate(location?.timeZone ?? "Europe/Amsterdam");
  const day = query.date ?? today;
  if (!location) {
    return {
      board: { location, date: day, today, rows: [], generatedAt: new Date().toISOString() },
      choices,
    };
  }

  const records = await readHeavyRows<ArrivalRecord>(arrivalsStatement(location.id, day, bookingIds), {
    fresh: bookingIds !== undefined,
  });

  const { badges, contactBadges } = await loadBoardBadges(records);
  const rows = records.map((record): ArrivalRow => ({
    bookingId: record.id,
    reference: record.reference,
    status: record.status,
    checkedInAt: record.checkedInAt?.toISOString() ?? null,
    canCheckIn: canCheckIn(record, day, today),
    customer: { id: record.customerId, name: customerDisplayName(record) },
    roomType: record.roomType,
    roomNumber: record.roomNumber,
    nights: record.nights,
    guests: record.guests,
    channel: record.channel,
    badges: badges(record),
    contactBadges: contactBadges(record.customerId),
  }));
  return {
    board: {
      location,
      date: day,
      today,
      rows: maskedFor(actor, rows),
      generatedAt: new Date().toISOString(),
    },
    choices,
  };
}

/** The board's statement: one hotel's bookings arriving on a day, with each guest's badge columns. */
export function arrivalsStatement(locationId: string, day: string, bookingIds?: string[]): Prisma.Sql {
  // Previous stays count chain-wide, and only stays that happened (checked in or out), through the
  // (customerId, arrivalDate) index.
  return Prisma.sql`
    SELECT b.id, b.reference, to_char(b."departureDate", 'YYYY-MM-DD') AS "departureDate",
      (b."departureDate" - b."arrivalDate") AS nights, b."roomType", b."roomNumber", b.guests, b.status,
      b.channel, b."checkedInAt", c.id AS "customerId", c."firstName", c."lastName",
      (SELECT count(*)::int FROM "Booking" p
       WHERE p."customerId" = c.id AND p."arrivalDate" < ${day}::date AND p.status IN ('checked_in', 'checked_out')
      ) AS "previousVisits",
      ${badgeColumns(Prisma.sql`c.id`)}
    FROM "Booking" b JOIN "Customer" c ON c.id = b."customerId"
    WHERE b."locationId" = ${locationId}::uuid AND b."arrivalDate" = ${day}::date AND b.status <> 'cancelled'
      ${bookingIds ? Prisma.sql`AND b.id = ANY(${bookingIds}::uuid[])` : Prisma.empty}
    ORDER BY regexp_replace(lower(c."lastName"), ${SORT_PREFIXES}, '') NULLS LAST, lower(c."firstName") NULLS LAST, b.id
    LIMIT ${MAX_ARRIVALS}`;
}
