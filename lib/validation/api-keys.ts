import { z } from "zod";

// Shared by the admin forms and the server, so nothing server-only here.

export const API_SCOPES = ["ingest", "eligibility:read", "privacy:write"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const API_SCOPE_LABELS: Record<ApiScope, string> = {
  ingest: "Send events and customers",
  "eligibility:read": "Ask whether a customer may be contacted",
  "privacy:write": "Start access and erasure requests for customers",
};

const name = z
  .string()
  .trim()
  .min(2, { error: "Enter a name of at least 2 characters." })
  .max(80, { error: "Use at most 80 characters." });

export const createApiKeySchema = z.object({
  name,
  source: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9._-]{1,49}$/, {
      error: "Source: 2–50 lower-case letters, digits, dots, dashes or underscores, e.g. booking-engine.",
    }),
  scopes: z
    .array(z.enum(API_SCOPES, { error: "Unknown scope." }))
    .min(1, { error: "Choose at least one scope." })
    .max(API_SCOPES.length),
  requestsPerSecond: z.coerce
    .number()
    .int({ error: "Whole requests per second." })
    .min(1)
    .max(10_000)
    .default(20),
});

export const renameApiKeySchema = z.object({ id: z.uuid(), name });
export const apiKeyIdSchema = z.uuid({ error: "Unknown API key." });

export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;
