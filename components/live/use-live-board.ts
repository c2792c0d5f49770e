"use client";

import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { fetchBoard } from "@/components/boards/fetch-board";
import { LIVE_EVENT, LIVE_PING_MS, type LiveChange, type LiveEndReason } from "@/lib/live/live-types";
import { addChange, emptyPending, mergeRows, rowsToRead, type LiveBoard, type LiveRow } from "./live-rows";
import { setLiveStatus, type LiveStatus } from "./live-status-store";

/** Pushes heard within this window are read together. */
const GATHER_MS = 25;
/** After this many failed connections in a row the badge says the board polls. */
const ATTEMPTS_BEFORE_POLLING = 3;
const RETRY_MAX_MS = 30_000;
/** No ping for this long: the connection died without saying so. */
const SILENCE_MS = LIVE_PING_MS * 2 + 5_000;

export interface LiveBoardOptions<Row extends LiveRow> {
  /** The board's stream (GET /api/…/live?location=…), or null when there is no board to watch. */
  streamUrl: string | null;
  queryKey: QueryKey;
  /** The board's JSON route asked for only these rows. */
  rowsUrl: (ids: string[]) => string;
  rowId: (row: Row) => string;
}

/**
 * Keeps a board's TanStack query live: a Server-Sent Events stream says which rows changed, and only
 * those are read again (the whole board when the server cannot tell, or a new row arrives). When the
 * stream drops, it reconnects with back-off (1, 2, 4 … 30 s, with jitter) and asks for what it
 * missed; meanwhile `isLive` is false, so the board polls as before. A stream ended because the
 * session no longer counts reloads the page, which then asks to sign in.
 */
export function useLiveBoard<Row extends LiveRow>(
  options: LiveBoardOptions<Row>,
): {
  status: LiveStatus;
  isLive: boolean;
} {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>(options.streamUrl ? "connecting" : "off");
  const latest = useRef(options);
  latest.current = options;
  const { streamUrl } = options;

  useEffect(() => {
    if (!streamUrl || typeof EventSource === "undefined") {
      setStatus(streamUrl ? "polling" : "off");
      return;
    }
    const report = (next: LiveStatus) => {
      setStatus(next);
      setLiveStatus(next);
    };
    let source: EventSource | null = null;
    let stopped = false;
    let attempts = 0;
    let lastHeard: number | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let silenceTimer: ReturnType<typeof setTimeout> | undefined;
    let gatherTimer: ReturnType<typeof setTimeout> | undefined;
    let pending = emptyPending();
    const reading = new AbortController();

    const board = () => queryClient.getQueryData<LiveBoard<Row>>(latest.current.queryKey);
    const readWhole = () => queryClient.invalidateQueries({ queryKey: latest.current.queryKey, exact: true });

    async function readChanged(): Promise<void> {
      gatherTimer = undefined;
      const changes = pending;
      pending = emptyPending();
      const { queryKey, rowsUrl, rowId } = latest.current;
      const shown = board();
      if (!shown) return;
      // A read already under way may predate the change: start it again rather than patch under it.
      if (changes.all || queryClient.getQueryState(queryKey)?.fetchStatus === "fetching") {
        await readWhole();
        return;
      }
      const ids = rowsToRead(shown, changes, rowId);
      if (ids === "all") return void (await readWhole());
      if (ids.length === 0) return;
      let fresh: LiveBoard<Row>;
      try {
        fresh = await fetchBoard<LiveBoard<Row>>(rowsUrl(ids), reading.signal);
      } catch {
        if (!reading.signal.aborted) await readWhole();
        return;
      }
      const current = board();
      if (!current || stopped) return;
      const merged = mergeRows(current, ids, fresh.rows, rowId);
      if (merged === "all") await readWhole();
      else queryClient.setQueryData(queryKey, merged);
    }

    const heard = (at: unknown) => {
      if (typeof at === "number") lastHeard = Math.max(lastHeard ?? 0, at);
      clearTimeout(silenceTimer);
      silenceTimer = setTimeout(() => retry(), SILENCE_MS);
    };
    const gather = (change: LiveChange) => {
      addChange(pending, change);
      gatherTimer ??= setTimeout(() => void readChanged(), GATHER_MS);
    };

    function connect(): void {
      retryTimer = undefined;
      const shown = board();
      const since = lastHeard ?? (shown ? Date.parse(shown.generatedAt) : undefined);
      source = new EventSource(since ? `${streamUrl}&since=${since}` : streamUrl!);
      const data = (event: Event) =>
        JSON.parse((event as MessageEvent<string>).data) as Record<string, unknown>;
      source.addEventListener(LIVE_EVENT.ready, (event) => {
        attempts = 0;
        heard(data(event).at);
        report("live");
      });
      source.addEventListener(LIVE_EVENT.reset, (event) => {
        heard(data(event).at);
        gather({ kind: "b", all: true, at: 0 });
      });
      source.addEventListener(LIVE_EVENT.change, (event) => {
        const change = data(event) as unknown as LiveChange;
        heard(change.at);
        gather(change);
      });
      source.addEventListener(LIVE_EVENT.ping, (event) => heard(data(event).at));
      source.addEventListener(LIVE_EVENT.end, (event) => {
        const reason = data(event).reason as LiveEndReason;
        if (reason === "session") {
          stop();
          report("polling");
          window.location.reload();
        } else retry();
      });
      source.onerror = () => retry();
    }

    function retry(): void {
      source?.close();
      source = null;
      clearTimeout(silenceTimer);
      if (stopped || retryTimer) return;
      attempts += 1;
      report(attempts > ATTEMPTS_BEFORE_POLLING ? "polling" : "reconnecting");
      const ceiling = Math.min(RETRY_MAX_MS, 1_000 * 2 ** (attempts - 1));
      retryTimer = setTimeout(connect, ceiling / 2 + Math.random() * (ceiling / 2));
    }

    function stop(): void {
      stopped = true;
      source?.close();
      reading.abort();
      for (const timer of [retryTimer, silenceTimer, gatherTimer]) clearTimeout(timer);
    }

    report("connecting");
    connect();
    return () => {
      stop();
      setLiveStatus("off");
    };
  }, [streamUrl, queryClient]);

  return { status, isLive: status === "live" };
}
