// GET /api/pickups?location=: one store's click-and-collect orders ready for pickup, polled by the board
import { NextResponse } from "next/server";
import { staffRoute } from "@/lib/api/staff-route";
import { listPickups } from "@/lib/pickups/list-pickups";
import { pickupsRowsQuerySchema } from "@/lib/validation/boards";

export const dynamic = "force-dynamic";

export const GET = staffRoute(
  { action: "pickups.view", query: pickupsRowsQuerySchema },
  async ({ actor, query }) => {
    const { board } = await listPickups(actor, query, { orderIds: query.orders });
    return NextResponse.json(board, { headers: { "Cache-Control": "no-store" } });
  },
);
