"use client";

import { useInfiniteQuery, useQuery, type InfiniteData } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { TimelineEventDetail, TimelinePage } from "@/lib/timeline/timeline-types";
import { compactFilters, timelineFilterParams, type TimelineFilters } from "@/lib/validation/timeline";

// The timeline resource: one infinite query per customer and filter set, keyed
// ["timeline", customerId, filters], and one query per expanded event.

export type TimelineData = InfiniteData<TimelinePage, string | null>;

/** Filters in a canonical form (sorted lists, no empty fields), so equal filters share a cache entry. */
export function canonicalFilters(filters: TimelineFilters): TimelineFilters {
  const sorted = (list?: string[]) => (list?.length ? [...list].sort() : undefined);
  return compactFilters({
    type: sorted(filters.type) as TimelineFilters["type"],
    channel: sorted(filters.channel) as TimelineFilters["channel"],
    location: sorted(filters.location),
    from: filters.from,
    to: filters.to,
  });
}

export const timelineKey = (customerId: string, filters: TimelineFilters) =>
  ["timeline", customerId, canonicalFilters(filters)] as const;

/** Non-2xx answers become errors carrying the server's sentence, so the UI can show it. */
export class TimelineRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** What to say when the server gave no sentence of its own: "De server antwoordde met 502." */
type StatusWords = (status: number) => string;

export async function readJsonOrThrow<T>(response: Response, serverStatus: StatusWords): Promise<T> {
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  if (!response.ok)
    throw new TimelineRequestError(body?.error ?? serverStatus(response.status), response.status);
  return body as T;
}

function useStatusWords(): StatusWords {
  const t = useTranslations("timeline");
  return (status) => t("serverStatus", { status });
}

async function fetchTimelinePage(
  customerId: string,
  filters: TimelineFilters,
  cursor: string | null,
  signal: AbortSignal,
  serverStatus: StatusWords,
): Promise<TimelinePage> {
  const params = timelineFilterParams(filters);
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  const response = await fetch(
    `/api/customers/${encodeURIComponent(customerId)}/timeline${query ? `?${query}` : ""}`,
    { signal, headers: { accept: "application/json" } },
  );
  return readJsonOrThrow<TimelinePage>(response, serverStatus);
}

const sameFilters = (a: TimelineFilters, b: TimelineFilters) =>
  JSON.stringify(canonicalFilters(a)) === JSON.stringify(canonicalFilters(b));

/**
 * The timeline for these filters. The server-rendered first page seeds the cache when it was read
 * with the same filters, so the page shows events without a client fetch.
 */
export function useTimelineQuery(customerId: string, filters: TimelineFilters, initialPage?: TimelinePage) {
  const serverStatus = useStatusWords();
  const seed = initialPage && sameFilters(initialPage.filters, filters) ? initialPage : undefined;
  return useInfiniteQuery({
    queryKey: timelineKey(customerId, filters),
    queryFn: ({ pageParam, signal }) =>
      fetchTimelinePage(customerId, filters, pageParam, signal, serverStatus),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    initialData: seed ? { pages: [seed], pageParams: [null] } : undefined,
    // Keyset pages never shift, so a refetch of page 1 alone would be enough; but TanStack refetches
    // every loaded page, which for a deep scroll is wasteful. Keep pages until the user reloads.
    staleTime: Infinity,
  });
}

/** The full event (payload, campaign, received at), loaded when staff expand it. */
export function useTimelineEventDetail(customerId: string, eventId: string, isEnabled: boolean) {
  const serverStatus = useStatusWords();
  return useQuery({
    queryKey: ["timeline-event", customerId, eventId],
    queryFn: async ({ signal }) =>
      readJsonOrThrow<TimelineEventDetail>(
        await fetch(
          `/api/customers/${encodeURIComponent(customerId)}/timeline/${encodeURIComponent(eventId)}`,
          { signal, headers: { accept: "application/json" } },
        ),
        serverStatus,
      ),
    enabled: isEnabled,
    staleTime: Infinity,
  });
}
