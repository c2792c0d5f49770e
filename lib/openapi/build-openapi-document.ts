import "server-only";
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import type { z } from "zod";
import { batchResponseSchema, errorResponseSchema, eventsBatchSchema } from "@/lib/validation/events";
import { customersBatchSchema } from "@/lib/validation/identifiers";
import {
  segmentAliasSchema,
  segmentBatchSchema,
  segmentIdentifySchema,
  segmentPageSchema,
  segmentScreenSchema,
  segmentTrackSchema,
} from "@/lib/validation/segment";
import { registerEligibilityPaths } from "./eligibility-paths";
import { registerPrivacyPaths } from "./privacy-paths";

// Generated from the same zod schemas the handlers validate with, so the document can't drift.

const ERRORS = {
  401: "No API key, or an unknown or revoked one.",
  403: "The key lacks the required scope.",
  409: "A request with the same Idempotency-Key is still in flight (see Retry-After).",
  413: "The body is over 1 MB (before or after gzip).",
  415: "The body is not application/json (on Segment routes: does not parse as JSON), or its Content-Encoding is not gzip.",
  422: "The Idempotency-Key was already used with a different body.",
  429: "Rate limited for this API key (see Retry-After).",
} as const;

function jsonPost(
  registry: OpenAPIRegistry,
  path: string,
  summary: string,
  description: string,
  body: z.ZodType,
) {
  registry.registerPath({
    method: "post",
    path,
    summary,
    description,
    security: [{ bearerAuth: [] }, { basicAuth: [] }],
    request: {
      body: { required: true, content: { "application/json": { schema: body } } },
    },
    parameters: [
      {
        name: "Idempotency-Key",
        in: "header",
        required: false,
        description:
          "Same key and body: the first response is replayed. Different body: 422. While the first is in flight: 409.",
        schema: { type: "string", maxLength: 255 },
      },
    ],
    responses: {
      200: {
        description: "At least one item was accepted or was a duplicate; see each result.",
        content: { "application/json": { schema: batchResponseSchema } },
      },
      400: {
        description: "Unparseable JSON, a schema violation (with JSON paths), or every item rejected.",
        content: { "application/json": { schema: errorResponseSchema.or(batchResponseSchema) } },
      },
      ...Object.fromEntries(
        Object.entries(ERRORS).map(([status, text]) => [
          status,
          { description: text, content: { "application/json": { schema: errorResponseSchema } } },
        ]),
      ),
    },
  });
}

export function buildOpenApiDocument(serverUrl: string) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "Authorization: Bearer <API key>",
  });
  registry.registerComponent("securitySchemes", "basicAuth", {
    type: "http",
    scheme: "basic",
    description: "Segment style: the API key as user name, an empty password.",
  });
  jsonPost(
    registry,
    "/api/v1/events",
    "Send a batch of journey events",
    "Up to 1,000 events, at most 1 MB. Valid events are stored in one transaction; each event is reported as accepted, duplicate (same source and sourceEventId as a stored event), rejected with the JSON path and reason, or suppressed (an identifier of an erased customer; nothing is stored). Scope: ingest.",
    eventsBatchSchema,
  );
  jsonPost(
    registry,
    "/api/v1/customers",
    "Create or update customers",
    "Up to 1,000 records. Identifiers are resolved exactly as for events: strong identifiers merge customers automatically, weak ones create a possible-duplicate suggestion. Scope: ingest.",
    customersBatchSchema,
  );
  const segment =
    "Segment HTTP API spec; send with HTTP Basic (API key as user name, empty password) from any Segment- or RudderStack-compatible server SDK (also at /v1/..., their default path). A body that parses as JSON is taken whatever its Content-Type says (RudderStack's SDK labels gzipped JSON as form data); one that does not is a 415. See /docs/api for the event-name mapping. Scope: ingest.";
  jsonPost(
    registry,
    "/api/v1/batch",
    "Segment: a batch of identify, track, page, screen and alias messages",
    `${segment} The batch's context and integrations are merged into every message (the message's own keys win). group is refused per message.`,
    segmentBatchSchema,
  );
  jsonPost(registry, "/api/v1/identify", "Segment: identify", segment, segmentIdentifySchema);
  jsonPost(registry, "/api/v1/track", "Segment: track", segment, segmentTrackSchema);
  jsonPost(registry, "/api/v1/page", "Segment: page", segment, segmentPageSchema);
  jsonPost(
    registry,
    "/api/v1/screen",
    "Segment: screen (a mobile app's page view)",
    `${segment} Stored as a page_view on the app channel.`,
    segmentScreenSchema,
  );
  jsonPost(
    registry,
    "/api/v1/alias",
    "Segment: alias",
    `${segment} Links previousId to userId with the identify rules: a previousId some customer holds as external user id merges the two (strong); any other is a web id, which joins an anonymous visitor, only suggests a duplicate for a known person, and never touches a shared device.`,
    segmentAliasSchema,
  );
  registerEligibilityPaths(registry);
  registerPrivacyPaths(registry);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Gastvrij API",
      version: "1.0.0",
      description:
        "Send events and customers from booking engines, web shops, email tools and service desks. See /docs/api.",
    },
    servers: [{ url: serverUrl }],
  });
}
