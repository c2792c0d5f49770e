// Matrix entries for the live board streams (issue 20): the same gate as the boards' JSON routes.
// A stream that opens is cancelled at once. The matrix's one location is a hotel, so the pickups
// stream's allowed roles pass the permission check and then find no store of theirs there (404).
import { NextRequest } from "next/server";
import { liveHub } from "@/lib/live/live-hub";
import { localDate } from "@/lib/time/local-date";
import type { MatrixEntry } from "./authorization-matrix.entries";
import { only, type Handler } from "./authorization-matrix.expect";

async function open(load: () => Promise<Record<string, unknown>>, path: string): Promise<number> {
  const handler = (await load())["GET"] as Handler;
  const controller = new AbortController();
  const response = await handler(
    new NextRequest(new URL(path, "http://localhost"), { signal: controller.signal }),
    {
      params: Promise.resolve({}),
    },
  );
  controller.abort();
  await response.body?.cancel();
  // No listening connection left behind for the test database's drop to wait for.
  await liveHub().close();
  return response.status;
}

export const LIVE_MATRIX: Record<string, MatrixEntry> = {
  "GET /api/arrivals/live": {
    expect: only(["receptionist", "manager", "admin"]),
    call: ({ locationId }) =>
      open(
        () => import("@/app/api/arrivals/live/route"),
        `/api/arrivals/live?location=${locationId}&date=${localDate("Europe/Amsterdam")}`,
      ),
  },
  "GET /api/pickups/live": {
    expect: { ...only(["store_staff", "manager", "admin"]), store_staff: 404, manager: 404, admin: 404 },
    call: ({ locationId }) =>
      open(() => import("@/app/api/pickups/live/route"), `/api/pickups/live?location=${locationId}`),
  },
};
