// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useLiveBoard } from "./use-live-board";

// The browser side of a live board, with a stand-in EventSource: it goes live on "ready", reads only
// the rows a push names and puts them in place, and falls back to polling while it reconnects.

class FakeEventSource {
  static opened: FakeEventSource[] = [];
  listeners = new Map<string, (event: MessageEvent) => void>();
  onerror: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(name: string, listener: (event: MessageEvent) => void) {
    this.listeners.set(name, listener);
  }
  emit(name: string, data: unknown) {
    this.listeners.get(name)?.(new MessageEvent(name, { data: JSON.stringify(data) }));
  }
  close() {
    this.closed = true;
  }
}

interface Row {
  bookingId: string;
  status: string;
  customer: { id: string };
}
const key = ["arrivals", "hotel", "2026-12-08"];
const board = {
  generatedAt: "2026-12-08T08:00:00.000Z",
  rows: [
    { bookingId: "b1", status: "confirmed", customer: { id: "c1" } },
    { bookingId: "b2", status: "confirmed", customer: { id: "c2" } },
  ] as Row[],
};

let client: QueryClient;
const fetched: string[] = [];

function renderLive() {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(
    () =>
      useLiveBoard<Row>({
        streamUrl: "/api/arrivals/live?location=hotel&date=2026-12-08",
        queryKey: key,
        rowsUrl: (ids) => `/api/arrivals?bookings=${ids.join(",")}`,
        rowId: (row) => row.bookingId,
      }),
    { wrapper },
  );
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeEventSource.opened = [];
  fetched.length = 0;
  vi.stubGlobal("EventSource", FakeEventSource);
  vi.stubGlobal("fetch", async (url: string) => {
    fetched.push(url);
    return new Response(
      JSON.stringify({ ...board, rows: [{ bookingId: "b1", status: "checked_in", customer: { id: "c1" } }] }),
      { headers: { "content-type": "application/json" } },
    );
  });
  client = new QueryClient();
  client.setQueryData(key, board);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("useLiveBoard", () => {
  it("asks for what changed since the board's data were made, and is live once the server is ready", () => {
    const { result } = renderLive();
    expect(result.current.status).toBe("connecting");
    const [source] = FakeEventSource.opened;
    expect(source!.url).toContain(`&since=${Date.parse(board.generatedAt)}`);
    act(() => source!.emit("ready", { at: 1, replayed: 0 }));
    expect(result.current).toEqual({ status: "live", isLive: true });
  });

  it("reads only the rows a push names, and puts them in place", async () => {
    renderLive();
    const [source] = FakeEventSource.opened;
    act(() => source!.emit("ready", { at: 1, replayed: 0 }));
    act(() => source!.emit("change", { kind: "b", ids: ["b1"], day: "2026-12-08", at: 2 }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(50);
    });
    expect(fetched).toEqual(["/api/arrivals?bookings=b1"]);
    const rows = client.getQueryData<typeof board>(key)!.rows;
    expect(rows.map((row) => `${row.bookingId}:${row.status}`)).toEqual(["b1:checked_in", "b2:confirmed"]);
  });

  it("reads nothing for a customer who is not on the board", async () => {
    renderLive();
    const [source] = FakeEventSource.opened;
    act(() => source!.emit("ready", { at: 1, replayed: 0 }));
    act(() => source!.emit("change", { kind: "c", ids: ["someone-else"], at: 2 }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(50);
    });
    expect(fetched).toEqual([]);
  });

  it("polls while it reconnects with back-off, and says so", async () => {
    const { result } = renderLive();
    const [first] = FakeEventSource.opened;
    act(() => first!.emit("ready", { at: 1, replayed: 0 }));
    act(() => first!.onerror?.());
    expect(first!.closed).toBe(true);
    expect(result.current).toEqual({ status: "reconnecting", isLive: false });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    const second = FakeEventSource.opened[1]!;
    expect(second.url).toContain("&since=1");
    act(() => second.emit("ready", { at: 5, replayed: 0 }));
    expect(result.current.isLive).toBe(true);
  });
});
