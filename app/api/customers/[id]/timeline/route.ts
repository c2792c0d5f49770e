// GET /api/customers/[id]/timeline: one keyset page of a customer's journey, newest first, filtered
import { NextResponse } from "next/server";
import { staffRoute } from "@/lib/api/staff-route";
import { recordProfileView } from "@/lib/audit-log/record-profile-view";
import { listTimelineEvents } from "@/lib/timeline/list-timeline-events";
import { timelineQuerySchema } from "@/lib/validation/timeline";

export const dynamic = "force-dynamic";

export const GET = staffRoute(
  { action: "customer.view", query: timelineQuerySchema },
  async ({ actor, query, params }) => {
    const { cursor, limit, ...filters } = query;
    const page = await listTimelineEvents(actor, String(params.id), { filters, cursor, limit });
    // Reading the journey outside the profile page (a new filter, a direct call, any page: a cursor is
    // not proof the profile was opened) is a view too, unless this person's look at the profile is
    // already on record within the view window.
    await recordProfileView({ actor, customerId: String(params.id), reason: "timeline" });
    return NextResponse.json(page, { headers: { "Cache-Control": "private, no-store" } });
  },
);
