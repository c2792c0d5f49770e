import type {
  CaseKind,
  CaseStatus,
  Channel,
  Direction,
  EventType,
  FactKind,
  IdentityType,
} from "@/lib/generated/prisma/enums";

// Every word staff read for an enum value lives here, so a translation can replace this file.

export const eventTypeLabels: Record<EventType, string> = {
  page_view: "Website visit",
  campaign_click: "Campaign click",
  newsletter_sent: "Newsletter sent",
  promotion_sent: "Promotion sent",
  survey_sent: "Survey sent",
  survey_response: "Survey answered",
  booking_created: "Booking made",
  booking_modified: "Booking changed",
  booking_cancelled: "Booking cancelled",
  check_in: "Checked in",
  check_out: "Checked out",
  order_placed: "Order placed",
  order_ready: "Order ready",
  order_delayed: "Order delayed",
  order_cancelled: "Order cancelled",
  order_picked_up: "Order picked up",
  order_delivered: "Order delivered",
  service_contact: "Service contact",
  complaint: "Complaint",
  service_reply: "Service reply",
  case_resolved: "Case resolved",
  consent_changed: "Consent changed",
  address_change: "Address changed",
  password_reset: "Password reset",
  info_question: "Question",
  invoice_copy: "Invoice copy requested",
  payment: "Payment",
  social_mention: "Social media mention",
  staff_note: "Staff note",
  staff_outcome: "Staff outcome",
  fact_learned: "Learned about the customer",
  generic: "Other event",
};

export const channelLabels: Record<Channel, string> = {
  web: "Website",
  app: "App",
  email: "Email",
  sms: "Text message",
  phone: "Phone",
  chat: "Chat",
  social: "Social media",
  in_person: "In person",
  store: "In store",
  booking_com: "Booking.com",
  expedia: "Expedia",
  direct: "Direct booking",
  travel_agent: "Travel agent",
  walk_in: "Walk-in",
};

export const directionLabels: Record<Direction, string> = {
  inbound: "Inbound",
  outbound: "Outbound",
};

/** Who acted, for screen readers and tooltips next to the short direction label. */
export const directionDescriptions: Record<Direction, string> = {
  inbound: "The customer acted or contacted us",
  outbound: "We contacted the customer",
};

export const identityTypeLabels: Record<IdentityType, string> = {
  email: "Email",
  phone: "Phone",
  loyalty_id: "Loyalty number",
  external_user_id: "Account id",
  web_id: "Website visitor id",
  booking_ref: "Booking reference",
};

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** "nl" → "Dutch"; an unknown code is shown as given rather than hidden. */
export function languageLabel(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A generic event carries the source's own name ("Wishlist shared"), which says more than "Other event". */
export function eventLabel(type: EventType, name: string | null): string {
  return type === "generic" && name ? name : eventTypeLabels[type];
}

export const factKindLabels: Record<FactKind, string> = {
  preference: "Preference",
  dietary: "Dietary need",
  heard_via: "Heard of us via",
  feedback_given: "Feedback given",
  contact_preference: "Contact preference",
  accessibility: "Accessibility",
  other: "Other",
};

export const caseKindLabels: Record<CaseKind, string> = {
  complaint: "complaint",
  question: "question",
  request: "request",
};

export const caseStatusLabels: Record<CaseStatus, string> = {
  open: "waiting for us",
  pending: "waiting for the customer",
  resolved: "resolved",
  closed: "closed",
};
