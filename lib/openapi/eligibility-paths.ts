import "server-only";
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { contactPurposeSchema } from "@/lib/validation/contact-policy";
import {
  customerIdentifierSchema,
  eligibilityBatchDocSchema,
  eligibilityBatchResponseSchema,
  eligibilityResponseSchema,
} from "@/lib/validation/eligibility";
import { Channel } from "@/lib/generated/prisma/enums";
import { errorResponseSchema } from "@/lib/validation/events";

// The eligibility endpoints in the OpenAPI document (scope eligibility:read).

const error = (description: string) => ({
  description,
  content: { "application/json": { schema: errorResponseSchema } },
});

const COMMON_ERRORS = {
  401: error("No API key, or an unknown or revoked one."),
  403: error('The key lacks the "eligibility:read" scope.'),
  429: error("Rate limited for this API key (see Retry-After)."),
};

const RULES =
  "Only the contact policy's rules decide: marketing budget (per 30 days, per day, per channel per 7 days), survey rules (interval, trivial interactions, open or just-resolved cases, one per case or stay), quiet hours and dates in the customer's time zone, consent (the latest per purpose and channel wins), and unsolicited social contact. Service follow-up is always allowed.";

export function registerEligibilityPaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/api/v1/customers/{identifier}/eligibility",
    summary: "May this customer be contacted for a purpose now?",
    description: `Allowed or denied, every denying rule as a sentence, and the earliest moment it becomes allowed. ${RULES} Scope: eligibility:read.`,
    security: [{ bearerAuth: [] }, { basicAuth: [] }],
    request: {
      params: z.object({ identifier: customerIdentifierSchema }),
      query: z.object({
        purpose: contactPurposeSchema,
        subject: z
          .string()
          .max(128)
          .optional()
          .meta({ description: "Survey only: the case or booking reference." }),
        channel: z
          .enum(Channel)
          .optional()
          .meta({ description: "Survey only: its channel; defaults to email." }),
        safetyIssue: z.enum(["true", "false"]).optional().meta({ description: "proactive_social only." }),
      }),
    },
    responses: {
      200: {
        description: "The verdict.",
        content: { "application/json": { schema: eligibilityResponseSchema } },
      },
      400: error("A bad purpose, identifier or other parameter, named in issues[].path."),
      404: error("No customer has this identifier."),
      ...COMMON_ERRORS,
    },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/eligibility",
    summary: "Eligibility for up to 1,000 customers",
    description: `One verdict per identifier, in order, or status not_found. Give a purpose for the request, per item, or both (the item's wins). ${RULES} Scope: eligibility:read.`,
    security: [{ bearerAuth: [] }, { basicAuth: [] }],
    request: {
      body: { required: true, content: { "application/json": { schema: eligibilityBatchDocSchema } } },
    },
    responses: {
      200: {
        description: "A verdict or not_found for every identifier.",
        content: { "application/json": { schema: eligibilityBatchResponseSchema } },
      },
      400: error(
        "Unparseable JSON, over 1,000 identifiers, or a bad purpose or identifier (with JSON paths).",
      ),
      413: error("The body is over 1 MB."),
      415: error("The body is not application/json."),
      ...COMMON_ERRORS,
    },
  });
}
