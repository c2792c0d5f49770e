"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback } from "react";

/**
 * The board's choices (location, date) live in the URL, so a reload, a bookmark or the back button
 * brings them back. Changing them pushes a history entry without a server round trip: Next keeps
 * useSearchParams in step with history.pushState, and the board's query fetches the new data.
 */
export function useBoardParams() {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const setParams = useCallback(
    (changes: Record<string, string | null>) => {
      const params = new URLSearchParams(searchParams.toString());
      for (const [name, value] of Object.entries(changes)) {
        if (value === null) params.delete(name);
        else params.set(name, value);
      }
      const query = params.toString();
      window.history.pushState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [pathname, searchParams],
  );
  return { searchParams, setParams };
}

/** The location the URL asks for (by code or id) among the actor's choices, else the server's pick. */
export function useBoardLocation<T extends { id: string; code: string }>(
  choices: readonly T[],
  fallback: T | null,
) {
  const { searchParams, setParams } = useBoardParams();
  const wanted = searchParams.get("location")?.toUpperCase();
  const location =
    choices.find((choice) => choice.code === wanted || choice.id === wanted?.toLowerCase()) ?? fallback;
  return { location, searchParams, setParams };
}
