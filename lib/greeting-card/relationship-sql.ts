import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CardContext } from "./card-context";
import { orderLinesJson, utc, type JsonRow } from "./card-sql";
import type { Relationship } from "./card-types";

export type RelationshipJson = {
  previousStays: number;
  previousOrders: number;
  lastStay: JsonRow<NonNullable<Relationship["lastStay"]>> | null;
  lastPickup: JsonRow<NonNullable<Relationship["lastPickup"]>> | null;
  latestBooking: JsonRow<NonNullable<Relationship["latestBooking"]>> | null;
  latestOrder: JsonRow<NonNullable<Relationship["latestOrder"]>> | null;
};

/**
 * Stays and orders before today, the last stay and pickup, and the latest booking and order (for
 * "how they came last time" and as the basis of advice when nothing is collected today), as one JSON
 * value for the card's statement. Walks the Booking (customerId, arrivalDate) and Order (customerId,
 * placedAt) indexes; even a customer with thousands of orders costs a short index range.
 */
export function relationshipSql({ today }: CardContext, id: Prisma.Sql): Prisma.Sql {
  const day = Prisma.sql`${today}::date`;
  const stayed = Prisma.sql`b."customerId" = ${id} AND b."arrivalDate" < ${day} AND b.status IN ('checked_in', 'checked_out')`;
  return Prisma.sql`json_build_object(
      'previousStays', (SELECT count(*) FROM "Booking" b WHERE ${stayed}),
      'previousOrders', (SELECT count(*) FROM "Order" o
        WHERE o."customerId" = ${id} AND o.status <> 'cancelled'
          AND o."pickupStatus" NOT IN ('ready', 'preparing')),
      'lastStay', (SELECT json_build_object('at', b."arrivalDate", 'locationName', l.name)
        FROM "Booking" b JOIN "Location" l ON l.id = b."locationId"
        WHERE ${stayed} ORDER BY b."arrivalDate" DESC LIMIT 1),
      'lastPickup', (SELECT json_build_object('at', o."pickedUpAt", 'locationName', l.name)
        FROM "Order" o LEFT JOIN "Location" l ON l.id = o."pickupLocationId"
        WHERE o."customerId" = ${id} AND o."pickedUpAt" IS NOT NULL
        ORDER BY o."placedAt" DESC LIMIT 1),
      'latestBooking', (SELECT json_build_object('channel', b.channel, 'bookedAt', b."createdAt")
        FROM "Booking" b
        WHERE b."customerId" = ${id} AND b.status <> 'cancelled'
        ORDER BY b."arrivalDate" DESC LIMIT 1),
      'latestOrder', (SELECT json_build_object('channel', o.channel, 'placedAt', o."placedAt",
          'lines', ${orderLinesJson(Prisma.sql`o.id`)})
        FROM "Order" o
        WHERE o."customerId" = ${id} AND o.status <> 'cancelled'
        ORDER BY o."placedAt" DESC LIMIT 1))`;
}

export function toRelationship(json: RelationshipJson): Relationship {
  return {
    previousStays: json.previousStays,
    previousOrders: json.previousOrders,
    // A stay's date is a calendar day; noon UTC keeps it on that day in any European zone.
    lastStay: json.lastStay && { ...json.lastStay, at: new Date(`${json.lastStay.at}T12:00:00Z`) },
    lastPickup: json.lastPickup && { ...json.lastPickup, at: utc(json.lastPickup.at) },
    latestBooking: json.latestBooking && {
      ...json.latestBooking,
      bookedAt: utc(json.latestBooking.bookedAt),
    },
    latestOrder: json.latestOrder && { ...json.latestOrder, placedAt: utc(json.latestOrder.placedAt) },
  };
}
