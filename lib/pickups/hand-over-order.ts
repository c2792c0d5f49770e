import "server-only";
import { assertCan, locationScope, type Actor } from "@/lib/auth/actor";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { boardCopy } from "@/lib/boards/board-copy";
import { GASTVRIJ_SOURCE } from "@/lib/boards/gastvrij-source";
import { db } from "@/lib/db/client";
import { upsertCustomerLocations } from "@/lib/ingest/write-customer-locations";
import { handOverSchema } from "@/lib/validation/boards";
import { parseInput } from "@/lib/validation/parse";
import { forgetContactBadges } from "@/lib/contact-pressure/contact-badge-cache";

export interface HandOverResult {
  orderId: string;
  pickedUpAt: string;
  /** True when the order had already been handed over (a second click, a retry, a colleague). */
  wasAlreadyPickedUp: boolean;
}

const refuse = (message: string) => new ValidationError(message, [{ path: "orderId", message }]);

/**
 * Records that a click-and-collect order was handed over: picked up and fulfilled, an
 * order_picked_up event in the journey, and an audit entry, in one transaction. Repeating it changes
 * nothing and answers the first hand-over.
 */
export async function handOverOrder(actor: Actor, input: unknown): Promise<HandOverResult> {
  assertCan(actor, "pickups.handOver");
  const { orderId } = parseInput(handOverSchema, input);
  const scope = locationScope(actor);

  // The customer whose board badges this write may change (an admin can list it as trivial).
  let touched: string | null = null;
  const result = await db.$transaction(async (tx): Promise<HandOverResult> => {
    // Lock first: of two simultaneous clicks, the second waits here, then sees the first hand-over.
    // Only an order for pickup at the actor's own stores is ever locked.
    await tx.$queryRaw`SELECT 1 FROM "Order" WHERE id = ${orderId}::uuid
      AND (${scope === null} OR "pickupLocationId" = ANY(${scope ?? []}::uuid[])) FOR UPDATE`;
    const order = await tx.order.findFirst({
      where: {
        id: orderId,
        pickupLocationId: scope ? { in: scope } : { not: null },
      },
      select: {
        id: true,
        customerId: true,
        orderNumber: true,
        fulfilment: true,
        status: true,
        pickupStatus: true,
        pickedUpAt: true,
        pickupLocationId: true,
        pickupLocation: { select: { name: true } },
      },
    });
    if (!order || !order.pickupLocationId) throw new NotFoundError(boardCopy.errors.noSuchOrder);
    if (order.pickupStatus === "picked_up") {
      const at = order.pickedUpAt ?? new Date();
      return { orderId, pickedUpAt: at.toISOString(), wasAlreadyPickedUp: true };
    }
    if (order.fulfilment !== "click_and_collect") throw refuse(boardCopy.errors.orderNotClickAndCollect);
    if (order.status === "cancelled" || order.pickupStatus === "cancelled") {
      throw refuse(boardCopy.errors.orderCancelled);
    }
    if (order.pickupStatus !== "ready") throw refuse(boardCopy.errors.orderNotReady);

    touched = order.customerId;
    const now = new Date();
    await tx.order.update({
      where: { id: orderId },
      data: { pickupStatus: "picked_up", pickedUpAt: now, status: "fulfilled" },
    });
    await tx.journeyEvent.createMany({
      data: {
        customerId: order.customerId,
        type: "order_picked_up",
        channel: "store",
        direction: "inbound",
        occurredAt: now,
        locationId: order.pickupLocationId,
        source: GASTVRIJ_SOURCE,
        sourceEventId: `order_picked_up:${order.id}`,
        summary: boardCopy.events.pickedUp(order.orderNumber, order.pickupLocation?.name ?? ""),
        payload: { orderNumber: order.orderNumber, orderId: order.id },
        createdById: actor.id,
      },
      skipDuplicates: true,
    });
    await tx.customer.updateMany({
      where: { id: order.customerId, OR: [{ lastSeenAt: null }, { lastSeenAt: { lt: now } }] },
      data: { lastSeenAt: now },
    });
    await upsertCustomerLocations(tx, [
      { customerId: order.customerId, locationId: order.pickupLocationId, at: now },
    ]);
    await recordAudit(
      {
        action: "order.handOver",
        actor,
        customerId: order.customerId,
        details: { orderId: order.id, orderNumber: order.orderNumber, locationId: order.pickupLocationId },
      },
      tx,
    );
    return { orderId, pickedUpAt: now.toISOString(), wasAlreadyPickedUp: false };
  });
  if (touched) forgetContactBadges([touched]);
  return result;
}
