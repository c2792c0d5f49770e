import type { IdentifierKind } from "@/lib/search/search-identifiers";

// Every word the palette shows, kept out of the components so a translation can replace this file.

export const searchCopy = {
  trigger: "Search",
  triggerHidden: " customers",
  dialogTitle: "Search customers",
  dialogDescription:
    "Find a customer by name, email address, phone number, booking reference or order number.",
  inputLabel: "Name, email, phone, booking reference or order number",
  placeholder: "Name, email, phone, booking ref or order number…",
  resultsHeading: "Customers",
  resultsLabel: "Search results",
  typeMore:
    "Type at least 2 letters of a name, or an email address, phone number, booking reference or order number.",
  tooShort: "Type at least 2 letters of the name.",
  incompleteEmail: "Finish the email address: search needs all of it.",
  searching: "Searching…",
  updating: "Updating results",
  noResults: (query: string) => `No customers match “${query}”.`,
  noResultsHint:
    "Check the spelling, or try their email address, phone number, booking reference or order number.",
  failed: "The search failed.",
  retry: "Try again",
  hasMore: "More customers match: type more of the name to narrow it down.",
  showAll: (query: string) => `Show all results for “${query}” on the Customers page`,
  lastSeen: "Last seen",
  neverSeen: "Not seen yet",
  noCity: "City unknown",
  goesBy: (name: string) => `goes by ${name}`,
  keyboardHelp: [
    ["↑ ↓", "move"],
    ["Enter", "open"],
    ["Esc", "close"],
  ] as const,
};

/** How a hit was found, in the desk's words: "Booking reference GV-0A3FZ-01". */
export const matchLabels: Record<IdentifierKind | "name" | "similar_name", string> = {
  name: "Name",
  similar_name: "Similar spelling",
  email: "Email",
  phone: "Phone",
  loyalty_id: "Loyalty number",
  booking_ref: "Booking reference",
  order_number: "Order",
};
