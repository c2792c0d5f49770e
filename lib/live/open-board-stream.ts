import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import type { Action } from "@/lib/auth/permissions";
import { resolveBoardLocation } from "@/lib/boards/resolve-board-location";
import { AppError, NotFoundError, UnauthorizedError } from "@/lib/errors";
import { checkStreamSessions, type StreamGrant } from "./check-stream-sessions";
import { liveHub, type LiveHub, type LiveSubscriber } from "./live-hub";
import { LIVE_EVENT, type LiveBoardKind, type LiveChange, type LiveEndReason } from "./live-types";

/** Clocks of two app servers may differ a little: a board catching up asks for a bit more. */
const CLOCK_MARGIN_MS = 5_000;

const BOARDS: Record<
  LiveBoardKind,
  { action: Action; locationType: "hotel" | "store"; kinds: ReadonlySet<LiveChange["kind"]> }
> = {
  arrivals: { action: "arrivals.view", locationType: "hotel", kinds: new Set(["b", "c"]) },
  pickups: { action: "pickups.view", locationType: "store", kinds: new Set(["o", "c"]) },
};

export interface BoardStreamInput {
  board: LiveBoardKind;
  /** The board's location (id or code), as its JSON route takes it. */
  location: string;
  /** Arrivals: the board's day. */
  day?: string;
  /** When the board's data were made (ms): what changed after is sent first. */
  since?: number;
}

/**
 * A Server-Sent Events stream of what changes on one board: ids of bookings, orders or customers to
 * read again, for the actor's own location only (the same location check as the board's JSON route,
 * so another location is a 404). The session is checked when the stream opens, before every push,
 * whenever a staff notification concerns it, and when its idle or absolute expiry passes; a session
 * that no longer counts ends the stream with `end: session`.
 */
export async function openBoardStream(
  actor: Actor,
  input: BoardStreamInput,
  signal: AbortSignal,
  hub: LiveHub = liveHub(),
): Promise<Response> {
  const board = BOARDS[input.board];
  assertCan(actor, board.action);
  const { location } = await resolveBoardLocation(actor, board.locationType, input.location);
  if (!location) throw new NotFoundError();
  const grant: StreamGrant = { sessionId: actor.sessionId, action: board.action, locationId: location.id };
  const session = (await checkStreamSessions([actor.sessionId])).get(actor.sessionId);
  if (!session?.allows(grant)) throw new UnauthorizedError();
  await hub.listen().catch(() => {
    throw new AppError("busy", "Live updates are not available right now; the board refreshes itself.");
  });

  const encoder = new TextEncoder();
  let subscriber: LiveSubscriber | undefined;
  let closed = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (event: string, data: unknown) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
        } catch {
          finish();
        }
      };
      const finish = (reason?: LiveEndReason) => {
        if (closed) return;
        if (reason) write(LIVE_EVENT.end, { reason });
        closed = true;
        if (subscriber) hub.remove(subscriber);
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      };
      subscriber = {
        grant,
        userId: actor.id,
        day: input.board === "arrivals" ? input.day : undefined,
        kinds: board.kinds,
        deadline: session.deadline,
        send: write,
        close: finish,
      };
      // Registered and caught up in one synchronous step: no notification falls between the two.
      hub.add(subscriber);
      const missed =
        input.since === undefined ? [] : hub.changesSince(subscriber, input.since - CLOCK_MARGIN_MS);
      if (missed === null) write(LIVE_EVENT.reset, { at: Date.now() });
      else for (const change of missed) write(LIVE_EVENT.change, change);
      write(LIVE_EVENT.ready, { at: Date.now(), replayed: missed?.length ?? 0 });
      signal.addEventListener("abort", () => finish(), { once: true });
    },
    cancel() {
      closed = true;
      if (subscriber) hub.remove(subscriber);
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: Next's compression (and proxies) must pass each event on at once.
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
