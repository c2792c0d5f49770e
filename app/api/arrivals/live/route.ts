// GET /api/arrivals/live?location=&date=&since=: what changes on one hotel's arrivals board, as
// Server-Sent Events carrying ids; the board reads the rows again through GET /api/arrivals.
import { staffRoute } from "@/lib/api/staff-route";
import { openBoardStream } from "@/lib/live/open-board-stream";
import { liveArrivalsQuerySchema } from "@/lib/validation/live";

export const dynamic = "force-dynamic";

export const GET = staffRoute(
  { action: "arrivals.view", query: liveArrivalsQuerySchema },
  ({ actor, query, request }) =>
    openBoardStream(
      actor,
      { board: "arrivals", location: query.location, day: query.date, since: query.since },
      request.signal,
    ),
);
