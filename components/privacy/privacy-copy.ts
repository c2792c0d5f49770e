// The privacy page's fixed lists; their words are in the message files (namespace privacy).

export const PROCESSING_PURPOSES = ["desk", "pressure", "advice", "accountability"] as const;

export const REQUEST_TYPES = ["access", "erasure"] as const;

export const RETENTION_FIELDS = [
  "eventDays",
  "inactiveCustomerDays",
  "auditDays",
  "idempotencyDays",
] as const;
