"use client";

import { useSyncExternalStore } from "react";

// The live state of the board on screen, for the toolbar's badge: a page shows one board, and its
// query hook (components/live/use-live-board.ts) reports here, so the toolbar needs no new props.

export type LiveStatus = "off" | "connecting" | "live" | "reconnecting" | "polling";

let current: LiveStatus = "off";
const listeners = new Set<() => void>();

export function setLiveStatus(status: LiveStatus): void {
  if (status === current) return;
  current = status;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => "off",
  );
}
