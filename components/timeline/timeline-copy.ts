import type { EventType } from "@/lib/generated/prisma/enums";

// Words of the timeline that are not enum labels (those live in lib/format/labels.ts), kept out of
// the components so a translation can replace them.

export const timelineCopy = {
  heading: "Journey",
  filtersLabel: "Filter the journey",
  type: "Type",
  channel: "Channel",
  location: "Location",
  from: "From",
  to: "To",
  clear: "Clear filters",
  allSelected: "All",
  selected: (count: number) => `${count} selected`,
  loading: "Loading the journey…",
  loadMore: "Load older events",
  loadingMore: "Loading older events…",
  searchingBack: (date: string) => `Matches searched back to ${date} so far.`,
  end: "This is where the journey starts.",
  emptyTitle: "No journey events yet",
  emptyDescription: "Bookings, orders, emails, visits and notes appear here as soon as they come in.",
  noMatchTitle: "No events match these filters",
  noMatchDescription: "Try fewer filters or a wider date range.",
  errorTitle: "The journey could not be loaded",
  retry: "Try again",
  details: "Details",
  hideDetails: "Hide details",
  detailsLoading: "Loading details…",
  detailsError: "The details could not be loaded.",
  source: "Source",
  sourceEventId: "Source event id",
  loggedBy: "Logged by",
  receivedAt: "Received",
  occurredAt: "Happened",
  reason: "Reason",
  campaign: "Campaign",
  contactPolicy: "Contact policy",
  withinPolicy: { true: "Within policy", false: "Over the contact limit" },
  payload: "Everything the source sent",
  noPayload: "The source sent nothing more.",
  gastvrijSource: "Logged in Gastvrij",
  saving: "Saving…",
};

/** Event types grouped the way staff think of them, for the type filter. */
export const eventTypeGroups: { label: string; types: EventType[] }[] = [
  {
    label: "Stays",
    types: ["booking_created", "booking_modified", "booking_cancelled", "check_in", "check_out"],
  },
  {
    label: "Orders",
    types: [
      "order_placed",
      "order_ready",
      "order_delayed",
      "order_cancelled",
      "order_picked_up",
      "order_delivered",
      "payment",
    ],
  },
  {
    label: "Service",
    types: ["complaint", "service_contact", "service_reply", "case_resolved", "info_question"],
  },
  {
    label: "Marketing and surveys",
    types: [
      "newsletter_sent",
      "promotion_sent",
      "campaign_click",
      "survey_sent",
      "survey_response",
      "consent_changed",
    ],
  },
  { label: "Staff", types: ["staff_note", "staff_outcome", "fact_learned"] },
  {
    label: "Account and web",
    types: ["page_view", "address_change", "password_reset", "invoice_copy", "social_mention", "generic"],
  },
];
