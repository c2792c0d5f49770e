import type { Channel } from "@/lib/generated/prisma/enums";
import type { Traits } from "@/lib/validation/identifiers";
import type { PreparedItem } from "./ingest-types";

// What a batch changes on each customer row: traits (later items win, null leaves a field alone),
// first and last seen, and the first touch (earliest inbound event: its channel and campaign).

export interface CustomerChange {
  traits: Traits;
  firstAt: Date | null;
  lastAt: Date | null;
  touch: { at: Date; channel: Channel; source: string | null } | null;
}

export function summarizeCustomerChanges(
  items: PreparedItem[],
  customerOf: Map<number, string>,
): Map<string, CustomerChange> {
  const changes = new Map<string, CustomerChange>();
  for (const item of items) {
    const customerId = customerOf.get(item.index);
    if (!customerId) continue;
    const change = changes.get(customerId) ?? { traits: {}, firstAt: null, lastAt: null, touch: null };
    for (const [key, value] of Object.entries(item.traits ?? {})) {
      if (value !== null && value !== undefined) (change.traits as Record<string, unknown>)[key] = value;
    }
    const event = item.event;
    if (event) {
      const at = event.occurredAt;
      if (!change.firstAt || at < change.firstAt) change.firstAt = at;
      if (!change.lastAt || at > change.lastAt) change.lastAt = at;
      if (event.direction === "inbound" && (!change.touch || at < change.touch.at)) {
        change.touch = { at, channel: event.channel, source: event.touchSource };
      }
    }
    changes.set(customerId, change);
  }
  return changes;
}
