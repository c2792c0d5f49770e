// POST /api/v1/customers: upsert customer traits and identifiers
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/api-route";
import { upsertCustomers } from "@/lib/ingest/ingest-events";
import { customersEnvelopeSchema } from "@/lib/validation/identifiers";

export const POST = apiRoute(
  { scope: "ingest", body: customersEnvelopeSchema, isIdempotent: true },
  async ({ apiKey, body }) => {
    const result = await upsertCustomers(apiKey.source, body.customers);
    return NextResponse.json(result, { status: result.rejected === result.results.length ? 400 : 200 });
  },
);
