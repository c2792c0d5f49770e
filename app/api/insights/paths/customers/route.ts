// GET /api/insights/paths/customers?kind=&path=&location=&period=&from=&to=: the latest customers who
// took a journey path in the period, at the locations the manager may see (admins: all).
import { NextResponse } from "next/server";
import { staffRoute } from "@/lib/api/staff-route";
import { insightRequest } from "@/lib/insights/insight-request";
import { listPathCustomers } from "@/lib/insights/list-path-customers";
import { pathCustomersSchema } from "@/lib/validation/insights";

export const dynamic = "force-dynamic";

export const GET = staffRoute(
  {
    action: "insights.view",
    query: pathCustomersSchema,
  },
  async ({ actor, query, request }) => {
    // Repeated ?location= values arrive as one in the query object; read them all.
    const filters = { ...query, location: request.nextUrl.searchParams.getAll("location") };
    const parsed = pathCustomersSchema.parse(filters);
    const customers = await listPathCustomers(actor, insightRequest(actor, parsed), parsed.kind, parsed.path);
    return NextResponse.json({ customers }, { headers: { "Cache-Control": "no-store" } });
  },
);
