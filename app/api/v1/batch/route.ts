// POST /api/v1/batch: Segment-compatible batch of identify, track, page, screen and alias messages
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/api-route";
import { ingestSegment } from "@/lib/segment/ingest-segment";
import { segmentBatchEnvelopeSchema } from "@/lib/validation/segment";

export const POST = apiRoute(
  { scope: "ingest", body: segmentBatchEnvelopeSchema, isIdempotent: true, isSegment: true },
  async ({ apiKey, body }) => {
    const result = await ingestSegment(apiKey.source, body.batch, null, true, {
      context: body.context,
      integrations: body.integrations,
    });
    const isAllRejected = result.rejected === result.results.length;
    return NextResponse.json({ success: !isAllRejected, ...result }, { status: isAllRejected ? 400 : 200 });
  },
);
