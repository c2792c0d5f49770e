// GET /api/v1/openapi.json: the public API as an OpenAPI 3.1 document, generated from the zod schemas
import { NextResponse, type NextRequest } from "next/server";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

export async function GET(request: NextRequest) {
  return NextResponse.json(buildOpenApiDocument(request.nextUrl.origin), {
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
