// POST /api/v1/events: ingest a batch of journey events
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/api-route";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { eventsEnvelopeSchema } from "@/lib/validation/events";

export const POST = apiRoute(
  { scope: "ingest", body: eventsEnvelopeSchema, isIdempotent: true },
  async ({ apiKey, body }) => {
    const result = await ingestEvents(apiKey.source, body.events);
    // Partial acceptance is a success; a batch with nothing usable is the caller's error.
    return NextResponse.json(result, { status: result.rejected === result.results.length ? 400 : 200 });
  },
);
