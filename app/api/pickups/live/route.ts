// GET /api/pickups/live?location=&since=: what changes on one store's pickups board, as Server-Sent
// Events carrying ids; the board reads the rows again through GET /api/pickups.
import { staffRoute } from "@/lib/api/staff-route";
import { openBoardStream } from "@/lib/live/open-board-stream";
import { livePickupsQuerySchema } from "@/lib/validation/live";

export const dynamic = "force-dynamic";

export const GET = staffRoute(
  { action: "pickups.view", query: livePickupsQuerySchema },
  ({ actor, query, request }) =>
    openBoardStream(
      actor,
      { board: "pickups", location: query.location, since: query.since },
      request.signal,
    ),
);
