// What a live board stream says to the browser (components/live/), shared by both sides: plain JSON,
// ids only. The board then reads the rows again through its own JSON route, with the same session,
// permission, scope and masking as any other read.

export type LiveBoardKind = "arrivals" | "pickups";

/**
 * Which rows of a board to read again: bookings (arrivals, of day `day`), orders ready for pickup,
 * or customers whose badges changed (complaints, facts). `all` means "too many to list: read the
 * whole board". `at` is the server's clock when it heard of the change (ms).
 */
export interface LiveChange {
  kind: "b" | "o" | "c";
  ids?: string[];
  day?: string;
  all?: boolean;
  at: number;
}

/** Sent once the stream listens: `replayed` changes since the board's data were sent first. */
export interface LiveReady {
  at: number;
  replayed: number;
}

/** Why the server ends a stream: the session no longer counts (sign in again), or try again later. */
export type LiveEndReason = "session" | "restart";

/** The SSE event names. */
export const LIVE_EVENT = {
  ready: "ready",
  /** The server cannot tell what changed since `since`: read the whole board. */
  reset: "reset",
  change: "change",
  ping: "ping",
  end: "end",
} as const;

/** Server pings at this interval, so proxies keep the connection and the browser notices a silent drop. */
export const LIVE_PING_MS = 25_000;
