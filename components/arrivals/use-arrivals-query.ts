"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchBoard } from "@/components/boards/fetch-board";
import { useLiveArrivals } from "@/components/live/use-live-boards";
import type { ArrivalsBoard } from "@/lib/boards/board-types";

/** Every receptionist's board polls; 30 s keeps a new booking a glance away without loading the server. */
export const ARRIVALS_REFRESH_MS = 30_000;

export function arrivalsQueryKey(locationId: string | null, date: string) {
  return ["arrivals", locationId, date] as const;
}

/**
 * One hotel's arrivals for one day from GET /api/arrivals, refreshed every 30 s. The server-rendered
 * board seeds the first key; switching day or hotel keeps the previous board on screen (marked as
 * placeholder) until the new one arrives, so nothing jumps.
 */
export function useArrivalsQuery(locationId: string | null, date: string, initialBoard: ArrivalsBoard) {
  const isInitial = locationId === (initialBoard.location?.id ?? null) && date === initialBoard.date;
  const live = useLiveArrivals(arrivalsQueryKey(locationId, date), locationId, date);
  return useQuery({
    queryKey: arrivalsQueryKey(locationId, date),
    queryFn: ({ signal }) =>
      fetchBoard<ArrivalsBoard>(
        `/api/arrivals?${new URLSearchParams({ location: locationId ?? "", date }).toString()}`,
        signal,
      ),
    initialData: isInitial ? initialBoard : undefined,
    initialDataUpdatedAt: isInitial ? Date.parse(initialBoard.generatedAt) : undefined,
    placeholderData: keepPreviousData,
    // Live boards are told what changed; polling is the fallback while the stream is down.
    refetchInterval: live.isLive ? false : ARRIVALS_REFRESH_MS,
    enabled: locationId !== null,
  });
}
