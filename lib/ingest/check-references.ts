import type { ErrorIssue, MessageRef } from "@/lib/errors";
import { messageRef } from "@/lib/i18n/message-ref";
import { refIssue } from "@/lib/i18n/ref-errors";
import type { PreparedItem } from "./ingest-types";
import type { BatchState } from "./load-batch-state";

// Checks that need the database: location codes exist, and a booking or order seen for the first
// time comes with the fields its table requires (from any of its events in the batch).

export function checkReferences(
  items: PreparedItem[],
  state: BatchState,
  rootOf: (index: number) => string,
): Map<number, ErrorIssue[]> {
  const rejected = new Map<number, ErrorIssue[]>();
  const reject = (item: PreparedItem, path: string, problem: MessageRef) => {
    const list = rejected.get(item.index) ?? [];
    list.push(refIssue(`${rootOf(item.index)}${path}`, problem));
    rejected.set(item.index, list);
  };
  const unknownLocation = (code: string | null | undefined) =>
    messageRef("validation.events.unknownLocation", { code: String(code) });
  const knownCode = (code: string | null | undefined) => !code || state.locations.has(code.toUpperCase());

  const bookingFields = new Map<string, Set<string>>();
  const orderFields = new Map<string, Set<string>>();
  for (const item of items) {
    const event = item.event;
    if (!event) continue;
    if (!knownCode(event.locationCode)) reject(item, ".locationCode", unknownLocation(event.locationCode));
    if (event.booking && !knownCode(event.booking.locationCode))
      reject(item, ".booking.locationCode", unknownLocation(event.booking.locationCode));
    if (event.order && !knownCode(event.order.pickupLocationCode))
      reject(item, ".order.pickupLocationCode", unknownLocation(event.order.pickupLocationCode));
    if (event.booking && !state.bookings.has(event.booking.reference)) {
      const fields = bookingFields.get(event.booking.reference) ?? new Set();
      for (const [key, value] of Object.entries(event.booking))
        if (value !== undefined && value !== null) fields.add(key);
      if (event.locationCode) fields.add("locationCode");
      bookingFields.set(event.booking.reference, fields);
    }
    if (event.order && !state.orders.has(event.order.orderNumber)) {
      const fields = orderFields.get(event.order.orderNumber) ?? new Set();
      for (const [key, value] of Object.entries(event.order))
        if (value !== undefined && value !== null) fields.add(key);
      orderFields.set(event.order.orderNumber, fields);
    }
  }
  for (const item of items) {
    const booking = item.event?.booking;
    if (booking && bookingFields.has(booking.reference)) {
      const missing = ["locationCode", "arrivalDate", "departureDate", "roomType"].filter(
        (f) => !bookingFields.get(booking.reference)!.has(f),
      );
      if (missing.length)
        reject(
          item,
          ".booking",
          messageRef("validation.events.newBooking", {
            reference: booking.reference,
            fields: missing.join(", "),
          }),
        );
    }
    const order = item.event?.order;
    if (order && orderFields.has(order.orderNumber)) {
      const missing = ["fulfilment", "totalAmount"].filter(
        (f) => !orderFields.get(order.orderNumber)!.has(f),
      );
      if (missing.length)
        reject(
          item,
          ".order",
          messageRef("validation.events.newOrder", {
            orderNumber: order.orderNumber,
            fields: missing.join(", "),
          }),
        );
    }
  }
  return rejected;
}
