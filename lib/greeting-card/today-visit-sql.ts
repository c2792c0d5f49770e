import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  asWritten,
  campaignBefore,
  inScope,
  orderLinesJson,
  utc,
  type JsonRow,
  type TextMask,
} from "./card-sql";
import type { CardContext } from "./card-context";
import type { TodayBooking, TodayPickup, TodayVisit } from "./card-types";

/** A stay longer than this many nights is not looked for (keeps the index range short). */
const LONGEST_STAY_DAYS = 60;
/** Ready orders older than this are no longer "why they are here today". */
const PICKUP_WINDOW_DAYS = 90;
const MAX_PICKUPS = 3;

export type TodayVisitJson = { booking: JsonRow<TodayBooking> | null; pickups: JsonRow<TodayPickup>[] };

/**
 * Why the customer is at this desk today: a booking at one of the actor's hotels arriving today (or
 * in house), and click-and-collect orders ready at one of the actor's stores, as one JSON value for
 * the card's statement. Two index range scans: Booking (customerId, arrivalDate) and Order
 * (customerId, placedAt).
 */
export function todayVisitSql({ scope, today }: CardContext, id: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`json_build_object(
      'booking', (SELECT json_build_object('reference', b.reference, 'locationName', l.name,
          'arrivalDate', b."arrivalDate", 'departureDate', b."departureDate",
          'nights', b."departureDate" - b."arrivalDate", 'roomType', b."roomType", 'roomNumber', b."roomNumber",
          'guests', b.guests, 'status', b.status, 'channel', b.channel, 'bookedAt', b."createdAt",
          'campaignSource', ${campaignBefore(id, Prisma.sql`b."createdAt"`)})
        FROM "Booking" b JOIN "Location" l ON l.id = b."locationId"
        WHERE b."customerId" = ${id}
          AND b."arrivalDate" > ${today}::date - ${LONGEST_STAY_DAYS}::int AND b."arrivalDate" <= ${today}::date
          AND b."departureDate" >= ${today}::date
          AND (b.status = 'checked_in' OR (b.status = 'confirmed' AND b."arrivalDate" = ${today}::date))
          AND ${inScope(Prisma.sql`b."locationId"`, scope)}
        ORDER BY b."arrivalDate" DESC LIMIT 1),
      'pickups', (SELECT COALESCE(json_agg(p ORDER BY p."readyDate", p."orderNumber"), '[]'::json) FROM (
        SELECT o."orderNumber", l.name AS "locationName", o."readyDate", o.channel, o."placedAt",
          ${campaignBefore(id, Prisma.sql`o."placedAt"`)} AS "campaignSource",
          ${orderLinesJson(Prisma.sql`o.id`)} AS lines
        FROM "Order" o JOIN "Location" l ON l.id = o."pickupLocationId"
        WHERE o."customerId" = ${id} AND o."placedAt" > ${today}::date - ${PICKUP_WINDOW_DAYS}::int
          AND o.fulfilment = 'click_and_collect' AND o."pickupStatus" = 'ready'
          AND (o."readyDate" IS NULL OR o."readyDate" <= ${today}::date)
          AND ${inScope(Prisma.sql`o."pickupLocationId"`, scope)}
        ORDER BY o."readyDate", o."orderNumber" LIMIT ${MAX_PICKUPS}) p))`;
}

/** Room types, product names and campaign tags come from source systems as free text. */
export function toTodayVisit(json: TodayVisitJson, text: TextMask = asWritten): TodayVisit {
  const campaign = (source: string | null) => (source === null ? null : text(source));
  return {
    booking: json.booking
      ? {
          ...json.booking,
          roomType: text(json.booking.roomType),
          campaignSource: campaign(json.booking.campaignSource),
          bookedAt: utc(json.booking.bookedAt),
        }
      : null,
    pickups: json.pickups.map((pickup) => ({
      ...pickup,
      campaignSource: campaign(pickup.campaignSource),
      lines: pickup.lines.map((line) => ({ ...line, productName: text(line.productName) })),
      placedAt: utc(pickup.placedAt),
    })),
  };
}
