import "server-only";
import { assertCan, locationScope, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { dateOnly, localDate } from "@/lib/time/local-date";

/** A first, real overview for managers until the insights issue: counts within their locations. */
export async function getInsightsOverview(actor: Actor) {
  assertCan(actor, "insights.view");
  const scope = locationScope(actor);
  const today = dateOnly(localDate("Europe/Amsterdam"));
  const [customers, openCases, arrivalsToday] = await Promise.all([
    db.customerLocation.count({ where: scope ? { locationId: { in: scope } } : {} }),
    db.serviceCase.count({
      where: { status: { in: ["open", "pending"] }, ...(scope ? { locationId: { in: scope } } : {}) },
    }),
    db.booking.count({
      where: {
        arrivalDate: today,
        status: { not: "cancelled" },
        ...(scope ? { locationId: { in: scope } } : {}),
      },
    }),
  ]);
  return { customers, openCases, arrivalsToday };
}
