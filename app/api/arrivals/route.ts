// GET /api/arrivals?location=&date=: one hotel's arrivals board for a day, polled by the board
import { NextResponse } from "next/server";
import { staffRoute } from "@/lib/api/staff-route";
import { listArrivals } from "@/lib/arrivals/list-arrivals";
import { arrivalsRowsQuerySchema } from "@/lib/validation/boards";

export const dynamic = "force-dynamic";

export const GET = staffRoute(
  { action: "arrivals.view", query: arrivalsRowsQuerySchema },
  async ({ actor, query }) => {
    const { board } = await listArrivals(actor, query, { bookingIds: query.bookings });
    return NextResponse.json(board, { headers: { "Cache-Control": "no-store" } });
  },
);
