import type { EventType } from "@/lib/generated/prisma/enums";

// Which Segment track event names become which Gastvrij event types. Any other name is stored as a
// "generic" event with its name and properties. Shown on /docs/api and in the README.

export interface TrackMapping {
  type: EventType;
  channel?: "web" | "email" | "app";
  direction?: "inbound" | "outbound";
  note: string;
}

export const TRACK_EVENT_TYPES: Record<string, TrackMapping> = {
  "Order Completed": {
    type: "order_placed",
    note: "an order with its products as lines (order_id, total or revenue, currency, products[])",
  },
  "Order Cancelled": { type: "order_cancelled", note: "cancels the order with that order_id" },
  "Order Refunded": { type: "payment", note: "a refund, kept with its properties" },
  "Email Delivered": {
    type: "newsletter_sent",
    channel: "email",
    direction: "outbound",
    note: "an outbound email; counts toward contact pressure",
  },
  "Email Link Clicked": { type: "campaign_click", channel: "email", note: "a click in an email campaign" },
  Unsubscribed: { type: "consent_changed", channel: "email", note: "newsletter consent by email denied" },
  "Survey Submitted": { type: "survey_response", note: "a survey answer" },
  "Complaint Submitted": {
    type: "complaint",
    note: "a complaint; a properties.case_id opens a service case",
  },
};

export function trackMapping(event: string): TrackMapping | undefined {
  return Object.hasOwn(TRACK_EVENT_TYPES, event) ? TRACK_EVENT_TYPES[event] : undefined;
}
