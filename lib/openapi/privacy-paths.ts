import "server-only";
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { errorResponseSchema } from "@/lib/validation/events";
import {
  privacyExportSchema,
  privacyRequestInputSchema,
  privacyRequestSchema,
} from "@/lib/validation/privacy";

// The data-subject request endpoints in the OpenAPI document (scope privacy:write).

const error = (description: string) => ({
  description,
  content: { "application/json": { schema: errorResponseSchema } },
});

const COMMON_ERRORS = {
  401: error("No API key, or an unknown or revoked one."),
  403: error('The key lacks the "privacy:write" scope.'),
  429: error("Rate limited for this API key (see Retry-After)."),
};

export function registerPrivacyPaths(registry: OpenAPIRegistry): void {
  const requestId = z.object({ id: z.uuid() });
  registry.registerPath({
    method: "post",
    path: "/api/v1/privacy/requests",
    summary: "Start a data-subject access or erasure request",
    description:
      "access (GDPR Art. 15/20): answered at once with a signed download link to the JSON export (15 minutes; GET the request for a fresh one). erasure (Art. 17): the customer is erased at once and their identifiers suppressed, so later events carrying them come back as status suppressed. The identifier itself is never stored. Scope: privacy:write. Honours Idempotency-Key.",
    security: [{ bearerAuth: [] }, { basicAuth: [] }],
    request: {
      body: { required: true, content: { "application/json": { schema: privacyRequestInputSchema } } },
    },
    responses: {
      201: {
        description: "The request, completed.",
        content: { "application/json": { schema: privacyRequestSchema } },
      },
      400: error("A bad type, identifier type or identifier, named in issues[].path."),
      404: error("No customer has this identifier (or they were already erased)."),
      ...COMMON_ERRORS,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/privacy/requests/{id}",
    summary: "A privacy request's status",
    description:
      "Only requests made with the same API key. Access requests get a fresh download link. Scope: privacy:write.",
    security: [{ bearerAuth: [] }, { basicAuth: [] }],
    request: { params: requestId },
    responses: {
      200: { description: "The request.", content: { "application/json": { schema: privacyRequestSchema } } },
      404: error("No such request for this API key."),
      ...COMMON_ERRORS,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/privacy/requests/{id}/download",
    summary: "Download an access export through its signed link",
    description:
      "No API key: the link is the credential (HMAC-signed, valid 15 minutes). format=html gives the readable page to send the customer. Every download is audited. The JSON Schema is at /api/v1/privacy/export-schema.",
    request: {
      params: requestId,
      query: z.object({
        expires: z.string(),
        signature: z.string(),
        format: z.enum(["json", "html"]).optional(),
      }),
    },
    responses: {
      200: { description: "The export.", content: { "application/json": { schema: privacyExportSchema } } },
      403: error("The signature does not match."),
      404: error("No such access request."),
      410: error("The link expired, or the customer has since been erased."),
    },
  });
}
