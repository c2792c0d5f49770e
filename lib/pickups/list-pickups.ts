import "server-only";
import { assertCan, locationScope, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { dateOnly, localDate } from "@/lib/time/local-date";

/** Click-and-collect orders ready for pickup by `day` at the stores the actor works at. */
export async function listPickups(actor: Actor, day = localDate("Europe/Amsterdam")) {
  assertCan(actor, "pickups.view");
  const scope = locationScope(actor);
  return db.order.findMany({
    where: {
      fulfilment: "click_and_collect",
      pickupStatus: "ready",
      readyDate: { lte: dateOnly(day) },
      ...(scope ? { pickupLocationId: { in: scope } } : {}),
    },
    orderBy: [{ readyDate: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      orderNumber: true,
      readyDate: true,
      totalAmount: true,
      pickupLocation: { select: { name: true } },
      customer: { select: { id: true, firstName: true, lastName: true, preferredName: true } },
      lines: { select: { id: true, productName: true, quantity: true, category: true } },
    },
  });
}
