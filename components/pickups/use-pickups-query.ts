"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchBoard } from "@/components/boards/fetch-board";
import { useLivePickups } from "@/components/live/use-live-boards";
import type { PickupsBoard } from "@/lib/boards/board-types";

export const PICKUPS_REFRESH_MS = 30_000;

export function pickupsQueryKey(locationId: string | null) {
  return ["pickups", locationId] as const;
}

/** One store's waiting orders from GET /api/pickups every 30 s, seeded by the server-rendered board. */
export function usePickupsQuery(locationId: string | null, initialBoard: PickupsBoard) {
  const isInitial = locationId === (initialBoard.location?.id ?? null);
  const live = useLivePickups(pickupsQueryKey(locationId), locationId);
  return useQuery({
    queryKey: pickupsQueryKey(locationId),
    queryFn: ({ signal }) =>
      fetchBoard<PickupsBoard>(
        `/api/pickups?${new URLSearchParams({ location: locationId ?? "" }).toString()}`,
        signal,
      ),
    initialData: isInitial ? initialBoard : undefined,
    initialDataUpdatedAt: isInitial ? Date.parse(initialBoard.generatedAt) : undefined,
    placeholderData: keepPreviousData,
    // Live boards are told what changed; polling is the fallback while the stream is down.
    refetchInterval: live.isLive ? false : PICKUPS_REFRESH_MS,
    enabled: locationId !== null,
  });
}
