import type { Relationship, Section, TodayVisit } from "@/lib/greeting-card/card-types";
import type { Channel } from "@/lib/generated/prisma/enums";
import type { VisitTouch } from "./channel-of-arrival";
import type { RelationshipInput } from "./relationship-summary";

// Turns the loaded sections into the inputs of the card's wording: which visit is "this time",
// and what counts as the last visit.

type Loaded = { today: Section<TodayVisit>; relationship: Section<Relationship> };

/** Today's booking or pickup; else the latest booking or order, whichever is newer. */
export function visitTouchOf({ today, relationship }: Loaded): VisitTouch | null {
  const booking = today.ok ? today.data.booking : null;
  if (booking)
    return {
      kind: "booking",
      channel: booking.channel,
      campaignSource: booking.campaignSource,
      at: booking.bookedAt,
      isToday: true,
    };
  const pickup = today.ok ? today.data.pickups[0] : undefined;
  if (pickup)
    return {
      kind: "order",
      channel: pickup.channel,
      campaignSource: pickup.campaignSource,
      at: pickup.placedAt,
      isToday: true,
    };
  if (!relationship.ok) return null;
  const { latestBooking, latestOrder } = relationship.data;
  const candidates: VisitTouch[] = [];
  if (latestBooking) candidates.push(earlier("booking", latestBooking.channel, latestBooking.bookedAt));
  if (latestOrder) candidates.push(earlier("order", latestOrder.channel, latestOrder.placedAt));
  return candidates.sort((a, b) => b.at.getTime() - a.at.getTime())[0] ?? null;
}

/** Earlier visits are told by channel alone: the campaign matters for the visit at hand. */
function earlier(kind: VisitTouch["kind"], channel: Channel, at: Date): VisitTouch {
  return { kind, channel, campaignSource: null, at, isToday: false };
}

export function relationshipInputOf(
  { today, relationship }: Loaded,
  firstSeenAt: Date,
  now: Date,
): RelationshipInput | null {
  if (!relationship.ok) return null;
  const { previousStays, previousOrders, lastStay, lastPickup } = relationship.data;
  const visits = [
    lastStay && { kind: "stay" as const, ...lastStay },
    lastPickup && { kind: "pickup" as const, ...lastPickup },
  ].filter((visit) => visit !== null);
  const lastVisit = visits.sort((a, b) => b.at.getTime() - a.at.getTime())[0] ?? null;
  let reason: RelationshipInput["today"] = null;
  if (today.ok && today.data.booking) reason = "stay";
  else if (today.ok && today.data.pickups.length > 0) reason = "pickup";
  return { previousStays, previousOrders, lastVisit, firstSeenAt, today: reason, now };
}
