// GET /api/customers/[id]/timeline/[eventId]: one event in full (payload, campaign, source), for expanding it
import { NextResponse } from "next/server";
import { z } from "zod";
import { staffRoute } from "@/lib/api/staff-route";
import { getTimelineEvent } from "@/lib/timeline/get-timeline-event";

export const dynamic = "force-dynamic";

export const GET = staffRoute({ action: "customer.view", query: z.object({}) }, async ({ actor, params }) => {
  const event = await getTimelineEvent(actor, String(params.id), String(params.eventId));
  return NextResponse.json(event, { headers: { "Cache-Control": "private, no-store" } });
});
