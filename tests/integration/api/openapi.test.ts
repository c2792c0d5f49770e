import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";

describe("GET /api/v1/openapi.json", () => {
  it("serves an OpenAPI 3.1 document generated from the zod schemas", async () => {
    const response = await GET(new NextRequest("http://localhost:3400/api/v1/openapi.json"));
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, { post: { responses: Record<string, unknown> } }>;
      components: {
        schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
        securitySchemes: Record<string, unknown>;
      };
    };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/events",
        "/api/v1/customers",
        "/api/v1/batch",
        "/api/v1/identify",
        "/api/v1/track",
        "/api/v1/page",
        "/api/v1/screen",
        "/api/v1/alias",
      ]),
    );
    expect(Object.keys(document.paths["/api/v1/events"]!.post.responses)).toEqual(
      expect.arrayContaining(["200", "400", "401", "403", "409", "413", "415", "422", "429"]),
    );
    const event = document.components.schemas.Event!;
    expect(event.required).toEqual(
      expect.arrayContaining(["type", "channel", "direction", "occurredAt", "sourceEventId", "identifiers"]),
    );
    expect(Object.keys(event.properties!)).toEqual(
      expect.arrayContaining(["booking", "order", "serviceCase", "consent", "payload"]),
    );
    expect(Object.keys(document.components.securitySchemes)).toEqual(["bearerAuth", "basicAuth"]);
    expect(document.components.schemas.SegmentAlias!.required).toEqual(
      expect.arrayContaining(["previousId", "userId"]),
    );
    expect(Object.keys(document.components.schemas.SegmentBatch!.properties!)).toEqual(
      expect.arrayContaining(["batch", "context", "integrations"]),
    );
  });
});
