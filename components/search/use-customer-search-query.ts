"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { CustomerSearchHit, CustomerSearchResult } from "@/lib/search/search-customers";
import { PALETTE_RESULT_COUNT } from "@/lib/validation/customers";

/** A hit as it arrives over JSON: dates are ISO strings. */
export type SearchHitJson = Omit<CustomerSearchHit, "lastSeenAt"> & { lastSeenAt: string | null };
export type SearchResultJson = Omit<CustomerSearchResult, "hits"> & { hits: SearchHitJson[] };

/** Fewer characters than this are not sent: one letter matches everyone. */
export const MIN_QUERY_LENGTH = 2;
/** Wait this long after the last keystroke, so typing "jansen" sends one request, not six. */
const DEBOUNCE_MS = 150;

function useDebouncedValue<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/** A refused search: the server's own message (in the staff member's language) when it sent one. */
export class SearchRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function fetchSearch(q: string, signal: AbortSignal): Promise<SearchResultJson> {
  const params = new URLSearchParams({ q, limit: String(PALETTE_RESULT_COUNT) });
  // The signal cancels this request when a newer keystroke replaces it (TanStack Query aborts it).
  const response = await fetch(`/api/customers/search?${params}`, {
    signal,
    headers: { accept: "application/json" },
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new SearchRequestError(body?.error ?? "", response.status);
  }
  return (await response.json()) as SearchResultJson;
}

/**
 * Customers matching what is typed in the palette, debounced. While a new search runs, the previous
 * results stay on screen (`isPlaceholderData`), so the list doesn't flash empty between keystrokes.
 */
export function useCustomerSearchQuery(input: string) {
  const q = useDebouncedValue(input.trim(), DEBOUNCE_MS);
  const isEnabled = q.length >= MIN_QUERY_LENGTH;
  const query = useQuery({
    queryKey: ["search", q],
    queryFn: ({ signal }) => fetchSearch(q, signal),
    enabled: isEnabled,
    placeholderData: keepPreviousData,
    // Cached results show at once when the same text comes back, but are fetched again: every search
    // the desk sees answered is a search the server audits.
    staleTime: 0,
    retry: false,
  });
  return { ...query, q, isEnabled, isDebouncing: input.trim() !== q };
}
