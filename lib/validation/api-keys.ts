import { z } from "zod";
import { issueMessage } from "@/lib/i18n/message-ref";

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
  .min(2, { error: issueMessage("validation.apiKeys.nameLength", { min: 2 }) })
  .max(80, { error: issueMessage("validation.apiKeys.nameTooLong", { max: 80 }) });

export const createApiKeySchema = z.object({
  name,
  source: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9._-]{1,49}$/, {
      error: issueMessage("validation.common.source", { example: "booking-engine" }),
    }),
  scopes: z
    .array(z.enum(API_SCOPES, { error: issueMessage("validation.apiKeys.unknownScope") }))
    .min(1, { error: issueMessage("validation.apiKeys.chooseScope") })
    .max(API_SCOPES.length),
  requestsPerSecond: z.coerce
    .number()
    .int({ error: issueMessage("validation.apiKeys.wholeRate") })
    .min(1)
    .max(10_000)
    .default(20),
});

export const renameApiKeySchema = z.object({ id: z.uuid(), name });
export const apiKeyIdSchema = z.uuid({ error: issueMessage("validation.apiKeys.unknownKey") });

export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;
