import "server-only";
import type { Messages } from "next-intl";
import { assertCan, locationScope, type Actor } from "@/lib/auth/actor";
import { deskEventSummaries } from "@/lib/boards/desk-event-summaries";
import { DeskNotFound, DeskRefusal } from "@/lib/boards/desk-errors";
import { recordDeskEvent, runDeskAction } from "@/lib/boards/record-desk-event";
import { handOverSchema } from "@/lib/validation/boards";
import { parseInput } from "@/lib/validation/parse";

export interface HandOverResult {
  orderId: string;
  pickedUpAt: string;
  /** True when the order had already been handed over (a second click, a retry, a colleague). */
  wasAlreadyPickedUp: boolean;
}

const refuse = (key: keyof Messages["pickups"]["errors"], message: string) =>
  new DeskRefusal("orderId", { key: `pickups.errors.${key}` }, message);

/**
 * Records that a click-and-collect order was handed over: picked up and fulfilled, an
 * order_picked_up event in the journey, and an audit entry, in one transaction. Repeating it changes
 * nothing and answers the first hand-over.
 */
export async function handOverOrder(actor: Actor, input: unknown): Promise<HandOverResult> {
  assertCan(actor, "pickups.handOver");
  const { orderId } = parseInput(handOverSchema, input);
  const scope = locationScope(actor);

  return runDeskAction(async (tx) => {
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
    if (!order || !order.pickupLocationId)
      throw new DeskNotFound(
        { key: "pickups.errors.noSuchOrder" },
        "No such pickup order among your stores.",
      );
    if (order.pickupStatus === "picked_up") {
      const at = order.pickedUpAt ?? new Date();
      const result: HandOverResult = { orderId, pickedUpAt: at.toISOString(), wasAlreadyPickedUp: true };
      return { result, touchedCustomerId: null };
    }
    if (order.fulfilment !== "click_and_collect")
      throw refuse("orderNotClickAndCollect", "This order is delivered, not collected.");
    if (order.status === "cancelled" || order.pickupStatus === "cancelled") {
      throw refuse("orderCancelled", "This order was cancelled.");
    }
    if (order.pickupStatus !== "ready")
      throw refuse("orderNotReady", "This order is not ready for pickup yet.");

    const now = new Date();
    await tx.order.update({
      where: { id: orderId },
      data: { pickupStatus: "picked_up", pickedUpAt: now, status: "fulfilled" },
    });
    await recordDeskEvent(
      tx,
      actor,
      {
        customerId: order.customerId,
        locationId: order.pickupLocationId,
        type: "order_picked_up",
        channel: "store",
        sourceEventId: `order_picked_up:${order.id}`,
        summary: deskEventSummaries.pickedUp(order.orderNumber, order.pickupLocation?.name ?? ""),
        payload: { orderNumber: order.orderNumber, orderId: order.id },
        audit: {
          action: "order.handOver",
          details: { orderId: order.id, orderNumber: order.orderNumber, locationId: order.pickupLocationId },
        },
      },
      now,
    );
    const result: HandOverResult = { orderId, pickedUpAt: now.toISOString(), wasAlreadyPickedUp: false };
    return { result, touchedCustomerId: order.customerId };
  });
}
