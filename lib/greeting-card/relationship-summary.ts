import { formatMonthYear, formatRelativeDay } from "@/lib/format/dates";
import { formatShortDate } from "./card-dates";
import { relationshipCopy as copy } from "./relationship-copy";

// Returning or new, how often, when last, and since when: the relationship at a glance.

export type RelationshipInput = {
  /** Stays and orders before today's visit (today's booking or pickup is not counted). */
  previousStays: number;
  previousOrders: number;
  lastVisit: { kind: "stay" | "pickup"; at: Date; locationName: string | null } | null;
  firstSeenAt: Date;
  /** Why they are here today, if they are. */
  today: "stay" | "pickup" | null;
  now: Date;
};

export type RelationshipSummary = {
  isReturning: boolean;
  /** "Returning guest", "New customer" */
  status: string;
  /** "4th stay", "First order with us", or null when they are not here for a stay or an order */
  occasion: string | null;
  /** "3 earlier stays · 5 earlier orders" */
  counts: string;
  lastVisit: { label: string; date: string; ago: string; at: string; locationName: string | null } | null;
  customerSince: string;
};

/** Guest when stays are the larger part of the relationship (today's visit included). */
function statusWord(input: RelationshipInput, isReturning: boolean): string {
  const { previousStays, previousOrders, today } = input;
  if (!isReturning) return previousStays + previousOrders === 0 ? copy.newCustomer : copy.knownCustomer;
  const stays = previousStays + (today === "stay" ? 1 : 0);
  const orders = previousOrders + (today === "pickup" ? 1 : 0);
  return stays >= orders ? copy.returningGuest : copy.returningCustomer;
}

export function summarizeRelationship(input: RelationshipInput): RelationshipSummary {
  const { previousStays: stays, previousOrders: orders, today } = input;
  // Here today and been before, or not here today and been at least twice.
  const isReturning = today ? stays + orders > 0 : stays + orders > 1;
  let occasion: string | null = null;
  if (today === "stay") occasion = stays > 0 ? copy.nthStay(stays + 1) : copy.firstStay;
  if (today === "pickup") occasion = orders > 0 ? copy.nthOrder(orders + 1) : copy.firstOrder;

  const earlier = today !== null;
  const counts = [
    stays > 0 ? copy.stays(stays, earlier) : null,
    orders > 0 ? copy.orders(orders, earlier) : null,
  ]
    .filter(Boolean)
    .join(" · ");
  const { lastVisit } = input;
  return {
    isReturning,
    status: statusWord(input, isReturning),
    occasion,
    counts: counts || copy.nothingYet,
    lastVisit: lastVisit && {
      label: lastVisit.kind === "stay" ? copy.lastStay : copy.lastPickup,
      date: formatShortDate(lastVisit.at, input.now),
      ago: formatRelativeDay(lastVisit.at, input.now),
      at: lastVisit.at.toISOString(),
      locationName: lastVisit.locationName,
    },
    customerSince: copy.customerSince(formatMonthYear(input.firstSeenAt)),
  };
}
