import { z } from "zod";
import {
  BookingStatus,
  CaseKind,
  CaseStatus,
  Channel,
  ConsentPurpose,
  ConsentStatus,
  FactKind,
  Fulfilment,
  OrderStatus,
  PickupStatus,
} from "@/lib/generated/prisma/enums";
import { isoDate, locationCode, money, requiredText, text } from "./api-text";
import { issueMessage } from "@/lib/i18n/message-ref";

// The parts of an event that also fill their own tables: bookings, orders with lines, service cases,
// consents and "don't ask again" facts.

export const bookingSchema = z
  .strictObject({
    reference: requiredText(64, "Booking reference, unique across sources."),
    locationCode: locationCode
      .optional()
      .meta({ description: "The hotel; defaults to the event's locationCode." }),
    arrivalDate: isoDate.optional(),
    departureDate: isoDate.optional(),
    roomType: requiredText(80).optional(),
    roomNumber: text(20).nullish(),
    guests: z.int().min(1).max(50).optional(),
    status: z
      .enum(BookingStatus)
      .optional()
      .meta({ description: "Defaults from the event type (check_in → checked_in …)." }),
    channel: z
      .enum(Channel)
      .optional()
      .meta({ description: "Booking channel; defaults to the event's channel." }),
  })
  .refine(
    (booking) =>
      !booking.arrivalDate || !booking.departureDate || booking.departureDate >= booking.arrivalDate,
    {
      path: ["departureDate"],
      error: issueMessage("validation.events.departureBeforeArrival"),
    },
  )
  .meta({
    id: "Booking",
    description:
      "Required for booking_* , check_in and check_out events. A new reference needs locationCode, arrivalDate, departureDate and roomType.",
  });

export const orderLineSchema = z
  .strictObject({
    sku: requiredText(64),
    productName: requiredText(200),
    category: requiredText(80),
    quantity: z.int().min(1).max(10_000),
    unitPrice: money,
  })
  .meta({ id: "OrderLine" });

export const orderSchema = z
  .strictObject({
    orderNumber: requiredText(64, "Order number, unique across sources."),
    fulfilment: z.enum(Fulfilment).optional(),
    pickupLocationCode: locationCode
      .optional()
      .meta({ description: "The store for click_and_collect orders." }),
    readyDate: isoDate.nullish(),
    totalAmount: money.optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: issueMessage("validation.events.currency") })
      .optional(),
    status: z.enum(OrderStatus).optional(),
    pickupStatus: z.enum(PickupStatus).optional(),
    lines: z
      .array(orderLineSchema)
      .max(200, { error: issueMessage("validation.events.orderLines", { max: 200 }) })
      .optional(),
  })
  .refine((order) => order.fulfilment !== "click_and_collect" || order.pickupLocationCode !== undefined, {
    path: ["pickupLocationCode"],
    error: issueMessage("validation.events.pickupLocationRequired"),
  })
  .meta({
    id: "Order",
    description:
      "Required for order_* events. A new order number needs fulfilment and totalAmount; lines are stored when the order is first seen.",
  });

export const serviceCaseSchema = z
  .strictObject({
    reference: requiredText(64, "Case reference in the service desk."),
    kind: z.enum(CaseKind).optional(),
    reason: requiredText(200).optional(),
    status: z.enum(CaseStatus).optional(),
  })
  .meta({
    id: "ServiceCase",
    description:
      "Optional on complaint, service_contact, service_reply and case_resolved events; keeps the case table current. On a service_reply its reference counts as the reply's case, like payload.caseRef; a case first named by the reply itself does not make it a follow-up.",
  });

export const consentSchema = z
  .strictObject({ purpose: z.enum(ConsentPurpose), channel: z.enum(Channel), status: z.enum(ConsentStatus) })
  .meta({
    id: "Consent",
    description: "Required for consent_changed events. The latest consent per purpose and channel wins.",
  });

export const factSchema = z
  .strictObject({ kind: z.enum(FactKind), label: requiredText(80), value: requiredText(500) })
  .meta({
    id: "Fact",
    description: "Required for fact_learned events: something the customer told us, so nobody asks again.",
  });

export const BOOKING_EVENTS = [
  "booking_created",
  "booking_modified",
  "booking_cancelled",
  "check_in",
  "check_out",
] as const;
export const ORDER_EVENTS = [
  "order_placed",
  "order_ready",
  "order_delayed",
  "order_cancelled",
  "order_picked_up",
  "order_delivered",
] as const;
export const CASE_EVENTS = ["complaint", "service_contact", "service_reply", "case_resolved"] as const;
