import type { UiLocale } from "@/i18n/locales";
import { formatMonthYear, formatRelativeDay } from "@/lib/format/dates";
import { translatorFor } from "@/lib/i18n/translator";
import { formatShortDate } from "./card-dates";

// Returning or new, how often, when last, and since when: the relationship at a glance, in the
// interface language (the words are in messages/*/card.json, card.relationship).

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
  /** "Terugkerende gast", "Nieuwe klant" */
  status: string;
  /** "4e verblijf", "Eerste bestelling bij ons", or null when they are not here for a stay or an order */
  occasion: string | null;
  /** "3 eerdere verblijven · 5 eerdere bestellingen" */
  counts: string;
  lastVisit: { label: string; date: string; ago: string; at: string; locationName: string | null } | null;
  customerSince: string;
};

const say = { nl: translatorFor("nl"), en: translatorFor("en") };

type StatusKey = "returningGuest" | "returningCustomer" | "knownCustomer" | "newCustomer";

/** Guest when stays are the larger part of the relationship (today's visit included). */
function statusKey(input: RelationshipInput, isReturning: boolean): StatusKey {
  const { previousStays, previousOrders, today } = input;
  if (!isReturning) return previousStays + previousOrders === 0 ? "newCustomer" : "knownCustomer";
  const stays = previousStays + (today === "stay" ? 1 : 0);
  const orders = previousOrders + (today === "pickup" ? 1 : 0);
  return stays >= orders ? "returningGuest" : "returningCustomer";
}

export function summarizeRelationship(input: RelationshipInput, locale: UiLocale): RelationshipSummary {
  const t = say[locale];
  const { previousStays: stays, previousOrders: orders, today } = input;
  // Here today and been before, or not here today and been at least twice.
  const isReturning = today ? stays + orders > 0 : stays + orders > 1;
  let occasion: string | null = null;
  if (today === "stay")
    occasion =
      stays > 0 ? t("card.relationship.nthStay", { n: stays + 1 }) : t("card.relationship.firstStay");
  if (today === "pickup")
    occasion =
      orders > 0 ? t("card.relationship.nthOrder", { n: orders + 1 }) : t("card.relationship.firstOrder");

  const earlier = today !== null;
  const counts = [
    stays > 0
      ? t(earlier ? "card.relationship.earlierStays" : "card.relationship.stays", { count: stays })
      : null,
    orders > 0
      ? t(earlier ? "card.relationship.earlierOrders" : "card.relationship.orders", { count: orders })
      : null,
  ]
    .filter(Boolean)
    .join(" · ");
  const { lastVisit } = input;
  return {
    isReturning,
    status: t(`card.relationship.${statusKey(input, isReturning)}`),
    occasion,
    counts: counts || t("card.relationship.nothingYet"),
    lastVisit: lastVisit && {
      label: lastVisit.kind === "stay" ? t("card.relationship.lastStay") : t("card.relationship.lastPickup"),
      date: formatShortDate(lastVisit.at, input.now, locale),
      ago: formatRelativeDay(lastVisit.at, input.now, locale),
      at: lastVisit.at.toISOString(),
      locationName: lastVisit.locationName,
    },
    customerSince: t("card.relationship.customerSince", {
      month: formatMonthYear(input.firstSeenAt, locale),
    }),
  };
}
