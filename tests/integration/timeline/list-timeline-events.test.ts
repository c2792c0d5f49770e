// Keyset pagination of the journey timeline against a real PostgreSQL: no gaps, no duplicates, stable
// while new events arrive, filters (dates in Europe/Amsterdam) and location scoping.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { listTimelineEvents } from "@/lib/timeline/list-timeline-events";
import { FILTER_SCAN_WINDOW } from "@/lib/timeline/timeline-sql";
import type { TimelineFilters } from "@/lib/validation/timeline";
import { actor, addEvents, customer, expectedOrder, location } from "./timeline-fixtures";

let hotel = "";
let store = "";
let receptionist: Actor;

beforeAll(async () => {
  hotel = await location("HTL-TL1");
  store = await location("STR-TL1", "store");
  receptionist = await actor("receptionist", [hotel]);
});

/** Follows nextCursor to the end; returns every page's ids. */
async function walk(customerId: string, limit: number, filters: TimelineFilters = {}, as = receptionist) {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const page = await listTimelineEvents(as, customerId, { filters, cursor, limit });
    pages.push(page.events.map((event) => event.id));
    cursor = page.nextCursor;
    if (pages.length > 10_000) throw new Error("paging does not end");
  } while (cursor);
  return pages;
}

describe("keyset pagination", () => {
  it("has no gaps and no duplicates when many events share a timestamp", async () => {
    const id = await customer([hotel]);
    const base = Date.UTC(2026, 0, 10, 9, 0, 0);
    // 240 events on 12 distinct instants: runs of 20 identical timestamps straddle every page edge.
    await addEvents(
      id,
      Array.from({ length: 240 }, (_, i) => ({ occurredAt: new Date(base + Math.floor(i / 20) * 60_000) })),
    );
    const expected = await expectedOrder(id);
    for (const limit of [1, 7, 20, 50, 100]) {
      const pages = await walk(id, limit);
      const ids = pages.flat();
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expected);
      expect(pages.every((page, index) => page.length === limit || index === pages.length - 1)).toBe(true);
    }
  });

  it("keeps later pages stable when newer events arrive while scrolling", async () => {
    const id = await customer([hotel]);
    const base = Date.UTC(2026, 1, 1, 12, 0, 0);
    await addEvents(
      id,
      Array.from({ length: 95 }, (_, i) => ({ occurredAt: new Date(base - Math.floor(i / 5) * 3_600_000) })),
    );
    const original = await expectedOrder(id);

    const first = await listTimelineEvents(receptionist, id, { limit: 20 });
    expect(first.events.map((event) => event.id)).toEqual(original.slice(0, 20));
    // Arrivals between page fetches: newer events, and one at exactly the first page's newest instant.
    const arrived = await addEvents(id, [
      ...Array.from({ length: 15 }, (_, i) => ({ occurredAt: new Date(base + (i + 1) * 60_000) })),
      { occurredAt: new Date(base) },
    ]);

    const seen = first.events.map((event) => event.id);
    let cursor = first.nextCursor;
    let pageIndex = 1;
    while (cursor) {
      const page = await listTimelineEvents(receptionist, id, { cursor, limit: 20 });
      expect(page.events.map((event) => event.id)).toEqual(
        original.slice(pageIndex * 20, pageIndex * 20 + 20),
      );
      seen.push(...page.events.map((event) => event.id));
      cursor = page.nextCursor;
      pageIndex += 1;
    }
    expect(seen).toEqual(original);
    expect(seen.some((eventId) => arrived.includes(eventId))).toBe(false);
    // A fresh first page shows the new arrivals at the top.
    const fresh = await listTimelineEvents(receptionist, id, { limit: 20 });
    expect(fresh.events.slice(0, 15).every((event) => arrived.includes(event.id))).toBe(true);
  });

  it("answers an opaque cursor and refuses a forged one", async () => {
    const id = await customer([hotel]);
    await addEvents(id, [{ occurredAt: new Date() }, { occurredAt: new Date(Date.now() - 1000) }]);
    const page = await listTimelineEvents(receptionist, id, { limit: 1 });
    expect(page.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
    for (const bad of [
      "not-a-cursor",
      "eyJmb28iOjF9",
      "!!!",
      Buffer.from('["2026-01-01","x"]').toString("base64url"),
    ])
      await expect(listTimelineEvents(receptionist, id, { cursor: bad })).rejects.toBeInstanceOf(
        ValidationError,
      );
  });
});

describe("filters", () => {
  let id = "";
  beforeAll(async () => {
    id = await customer([hotel, store]);
    await addEvents(id, [
      {
        occurredAt: new Date("2026-03-01T10:00:00Z"),
        type: "check_in",
        channel: "in_person",
        locationId: hotel,
      },
      {
        occurredAt: new Date("2026-03-01T22:30:00Z"),
        type: "complaint",
        channel: "phone",
        locationId: hotel,
      },
      {
        occurredAt: new Date("2026-03-02T09:00:00Z"),
        type: "order_picked_up",
        channel: "store",
        locationId: store,
      },
      {
        occurredAt: new Date("2026-03-03T09:00:00Z"),
        type: "newsletter_sent",
        channel: "email",
        direction: "outbound",
      },
      { occurredAt: new Date("2026-03-04T09:00:00Z"), type: "complaint", channel: "email" },
    ]);
  });

  const types = async (filters: TimelineFilters) =>
    (await listTimelineEvents(receptionist, id, { filters })).events.map((event) => event.type);

  it("filters by type, channel and location, and combines them", async () => {
    expect(await types({ type: ["complaint"] })).toEqual(["complaint", "complaint"]);
    expect(await types({ type: ["complaint", "check_in"] })).toEqual(["complaint", "complaint", "check_in"]);
    expect(await types({ channel: ["email"] })).toEqual(["complaint", "newsletter_sent"]);
    expect(await types({ location: [store] })).toEqual(["order_picked_up"]);
    expect(await types({ type: ["complaint"], channel: ["phone"], location: [hotel] })).toEqual([
      "complaint",
    ]);
    expect(await types({ type: ["survey_sent"] })).toEqual([]);
  });

  it("reads from and to as whole days in Europe/Amsterdam", async () => {
    // 22:30 UTC on 1 March is 23:30 in Amsterdam: still 1 March at the desk.
    expect(await types({ from: "2026-03-01", to: "2026-03-01" })).toEqual(["complaint", "check_in"]);
    expect(await types({ from: "2026-03-02", to: "2026-03-03" })).toEqual([
      "newsletter_sent",
      "order_picked_up",
    ]);
    expect(await types({ from: "2026-03-04" })).toEqual(["complaint"]);
    expect(await types({ to: "2026-02-28" })).toEqual([]);
  });

  it("pages through a rare type in a long history a bounded window at a time, missing nothing", async () => {
    const long = await customer([hotel]);
    const base = Date.UTC(2025, 0, 1);
    const total = FILTER_SCAN_WINDOW * 2 + 500;
    const specs = Array.from({ length: total }, (_, i) => ({
      occurredAt: new Date(base + i * 60_000),
      type: i % 997 === 0 ? "complaint" : "page_view",
    }));
    await addEvents(long, specs);
    const pages = await walk(long, 2, { type: ["complaint"] });
    const matches = specs.filter((spec) => spec.type === "complaint").length;
    expect(pages.flat()).toHaveLength(matches);
    expect(new Set(pages.flat()).size).toBe(matches);
    // Each request examined at most one window, so it took at least total / window requests.
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(total / FILTER_SCAN_WINDOW));
    const first = await listTimelineEvents(receptionist, long, { filters: { type: ["survey_sent"] } });
    expect(first.events).toEqual([]);
    expect(first.nextCursor).not.toBeNull();
    expect(first.searchedBackTo).not.toBeNull();
  });
});

describe("scoping", () => {
  it("answers NotFound for a customer outside the actor's locations, unknown or malformed", async () => {
    const elsewhere = await location("HTL-TL2");
    const id = await customer([elsewhere]);
    await addEvents(id, [{ occurredAt: new Date() }]);
    for (const customerId of [id, crypto.randomUUID(), "not-a-uuid"])
      await expect(listTimelineEvents(receptionist, customerId)).rejects.toBeInstanceOf(NotFoundError);
    const admin = await actor("admin", []);
    expect((await listTimelineEvents(admin, id)).events).toHaveLength(1);
  });

  it("returns an empty page, not a 404, for a visible customer without events", async () => {
    const id = await customer([hotel]);
    expect(await listTimelineEvents(receptionist, id)).toMatchObject({ events: [], nextCursor: null });
  });
});
