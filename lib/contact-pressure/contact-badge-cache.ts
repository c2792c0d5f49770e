import "server-only";
import type { ContactBadge } from "./contact-badge";

// The boards' contact badges per customer, kept for a short while. A board of 600 arrivals refreshes
// every 30 s on every desk of the hotel, and judging 600 customers' contact history each time was
// most of what the board cost. Entries are dropped the moment this process writes anything about the
// customer (ingest, a journal entry, a merge), and are never used under another policy version, so a
// policy change shows at once. What another app process writes shows within the time to live, the
// same 30 s the board takes to refresh itself.

/** How long a customer's badges are reused at most. */
export const CONTACT_BADGE_TTL_MS = 30_000;
const MAX_ENTRIES = 50_000;

interface Entry {
  policyVersion: number;
  expiresAt: number;
  badges: ContactBadge[];
}

// One cache per process, however many server bundles import this file (route handlers and the
// live board listener started by instrumentation.ts are compiled apart): kept on globalThis.
const state = ((globalThis as unknown as Record<symbol, unknown>)[Symbol.for("gastvrij.contactBadges")] ??= {
  entries: new Map<string, Entry>(),
  // Bumped by every forget: a verdict loaded before a write committed must not be stored after it.
  generation: 0,
  forgottenAt: new Map<string, number>(),
  clearedAt: 0,
}) as {
  entries: Map<string, Entry>;
  generation: number;
  forgottenAt: Map<string, number>;
  clearedAt: number;
};
const { entries, forgottenAt } = state;

/** Take before loading; pass to rememberContactBadges so a write during the load wins. */
export function contactBadgeGeneration(): number {
  return state.generation;
}

/** The remembered badges, or undefined when there are none fresh enough for this policy version. */
export function recallContactBadges(
  customerId: string,
  policyVersion: number,
  now: number,
): ContactBadge[] | undefined {
  const entry = entries.get(customerId);
  if (!entry) return undefined;
  if (entry.expiresAt <= now || entry.policyVersion !== policyVersion) {
    entries.delete(customerId);
    return undefined;
  }
  return entry.badges;
}

export function rememberContactBadges(
  customerId: string,
  policyVersion: number,
  now: number,
  badges: ContactBadge[],
  loadedAt: number,
): void {
  // Forgotten while this verdict was being loaded: it may predate the write, so don't keep it.
  if (loadedAt < state.clearedAt || (forgottenAt.get(customerId) ?? -1) > loadedAt) return;
  // Oldest first in insertion order: make room by dropping from the front.
  if (entries.size >= MAX_ENTRIES) {
    for (const key of entries.keys()) {
      entries.delete(key);
      if (entries.size < MAX_ENTRIES * 0.9) break;
    }
  }
  entries.delete(customerId);
  entries.set(customerId, { policyVersion, expiresAt: now + CONTACT_BADGE_TTL_MS, badges });
}

/** Call after committing anything about these customers: their next board shows it. */
export function forgetContactBadges(customerIds: Iterable<string>): void {
  state.generation++;
  for (const customerId of customerIds) {
    entries.delete(customerId);
    forgottenAt.set(customerId, state.generation);
  }
  // Only loads still running can be older than a forget; those take milliseconds, so a short
  // memory of recent forgets is enough.
  if (forgottenAt.size > MAX_ENTRIES) {
    forgottenAt.clear();
    state.clearedAt = state.generation;
  }
}
