// POST /api/v1/alias: one Segment-compatible alias message: links previousId to userId
import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute } from "@/lib/api/api-route";
import { ingestSegment } from "@/lib/segment/ingest-segment";

// The message itself is validated by ingestSegment, so its errors name Segment's fields.
export const POST = apiRoute(
  {
    scope: "ingest",
    body: z.record(z.string(), z.unknown(), { error: "must be a Segment alias message (a JSON object)" }),
    isIdempotent: true,
    isSegment: true,
  },
  async ({ apiKey, body }) => {
    const result = await ingestSegment(apiKey.source, [body], "alias", false);
    const isRejected = result.rejected === 1;
    return NextResponse.json({ success: !isRejected, ...result }, { status: isRejected ? 400 : 200 });
  },
);
