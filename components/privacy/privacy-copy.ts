// One source for the privacy page's words (purposes, request types, origins).

export const PROCESSING_PURPOSES = [
  {
    purpose: "Serving the customer at the desk",
    basis: "Legitimate interest (Art. 6(1)(f)); contract for bookings and orders (Art. 6(1)(b))",
    data: "Name, language, bookings, orders, service contacts, preferences staff recorded",
  },
  {
    purpose: "Limiting contact pressure",
    basis: "Legitimate interest; consent where marketing needs it (Art. 6(1)(a))",
    data: "Outbound messages, consents, survey history",
  },
  {
    purpose: "Relevant advice at pickup",
    basis: "Legitimate interest",
    data: "Product categories of orders (aggregated over all customers)",
  },
  {
    purpose: "Accountability and security",
    basis: "Legal obligation (Art. 5(2), 30, 32)",
    data: "Audit log of who viewed, searched, exported, changed or erased what",
  },
] as const;

export const REQUEST_TYPE_LABELS = { access: "Access / portability", erasure: "Erasure" } as const;

export const ERASURE_ORIGIN_LABELS: Record<string, string> = {
  admin: "Admin",
  api: "Request API",
  retention: "Retention (inactive)",
};

export const RETENTION_FIELDS = [
  { name: "eventDays", label: "Journey events kept for", help: "Older events are deleted." },
  {
    name: "inactiveCustomerDays",
    label: "Inactive customers anonymised after",
    help: "Days since the last activity.",
  },
  { name: "auditDays", label: "Audit entries kept for", help: "At least 180 days." },
  { name: "idempotencyDays", label: "Idempotency records kept for", help: "Stored API answers for retries." },
] as const;
