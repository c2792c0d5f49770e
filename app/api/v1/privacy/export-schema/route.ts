// GET /api/v1/privacy/export-schema: the JSON Schema of the data-subject export (public documentation)
import { NextResponse } from "next/server";
import { privacyExportJsonSchema } from "@/lib/privacy/export-json-schema";

export const GET = () =>
  NextResponse.json(privacyExportJsonSchema(), { headers: { "Cache-Control": "public, max-age=3600" } });
