import "server-only";

// Insights aggregate months of outbound contacts, a full scan at a million customers. A manager's
// weekly review does not need them to the second: each figure is kept a few minutes per scope, and
// concurrent requests share one computation.

const TTL_MS = 5 * 60_000;
const entries = new Map<string, { expiresAt: number; value: Promise<unknown> }>();

export function cachedInsight<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
  const hit = entries.get(key);
  if (hit && hit.expiresAt > now) return hit.value as Promise<T>;
  const value = load();
  entries.set(key, { expiresAt: now + TTL_MS, value });
  // A failed computation is not remembered: the next request tries again.
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  for (const [other, entry] of entries) if (entry.expiresAt <= now) entries.delete(other);
  return value;
}
