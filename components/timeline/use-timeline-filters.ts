"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import {
  timelineFilterParams,
  timelineFiltersFromSearchParams,
  type TimelineFilters,
} from "@/lib/validation/timeline";
import { canonicalFilters } from "./use-timeline-query";

const FILTER_KEYS = ["type", "channel", "location", "from", "to"] as const;

/**
 * Timeline filters live in the URL, so a filtered view can be shared or bookmarked. Changing them
 * replaces the history entry through the History API, which Next's router picks up (useSearchParams
 * follows) without asking the server to render the whole profile again: the timeline fetches its
 * own data, and a server render would re-read the card and log another profile view.
 */
export function useTimelineFilters() {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const filters = useMemo(
    () => canonicalFilters(timelineFiltersFromSearchParams(new URLSearchParams(searchParams.toString()))),
    [searchParams],
  );

  const setFilters = useCallback(
    (next: TimelineFilters) => {
      const params = new URLSearchParams(searchParams.toString());
      for (const key of FILTER_KEYS) params.delete(key);
      for (const [key, value] of timelineFilterParams(next)) params.set(key, value);
      const query = params.toString();
      window.history.replaceState(null, "", `${pathname}${query ? `?${query}` : ""}`);
    },
    [pathname, searchParams],
  );

  return { filters, setFilters };
}
