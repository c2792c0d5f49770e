"use client";

import type { QueryKey } from "@tanstack/react-query";
import type { ArrivalRow, PickupRow } from "@/lib/boards/board-types";
import { useLiveBoard } from "./use-live-board";

// The two boards' live wiring: their streams, and their JSON routes asked for only some rows.

const query = (values: Record<string, string>) => new URLSearchParams(values).toString();

/** Live pushes for the arrivals board under `queryKey` (one hotel, one day). */
export function useLiveArrivals(queryKey: QueryKey, locationId: string | null, date: string) {
  return useLiveBoard<ArrivalRow>({
    streamUrl: locationId ? `/api/arrivals/live?${query({ location: locationId, date })}` : null,
    queryKey,
    rowsUrl: (ids) => `/api/arrivals?${query({ location: locationId ?? "", date, bookings: ids.join(",") })}`,
    rowId: (row) => row.bookingId,
  });
}

/** Live pushes for the pickups board under `queryKey` (one store). */
export function useLivePickups(queryKey: QueryKey, locationId: string | null) {
  return useLiveBoard<PickupRow>({
    streamUrl: locationId ? `/api/pickups/live?${query({ location: locationId })}` : null,
    queryKey,
    rowsUrl: (ids) => `/api/pickups?${query({ location: locationId ?? "", orders: ids.join(",") })}`,
    rowId: (row) => row.orderId,
  });
}
