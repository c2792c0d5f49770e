import { describe, expect, it } from "vitest";
import { addChange, emptyPending, mergeRows, rowsToRead, MAX_ROWS_PER_READ } from "./live-rows";

interface Row {
  id: string;
  customer: { id: string };
  status: string;
}
const rowId = (row: Row) => row.id;
const row = (id: string, customer: string, status = "confirmed"): Row => ({
  id,
  customer: { id: customer },
  status,
});
const board = (rows: Row[]) => ({ rows, generatedAt: "2026-12-08T08:00:00.000Z", date: "2026-12-08" });

describe("rowsToRead", () => {
  const shown = board([row("b1", "c1"), row("b2", "c2"), row("b3", "c1")]);

  it("reads a changed row again, with every row of the same customer", () => {
    const pending = emptyPending();
    addChange(pending, { kind: "b", ids: ["b1"], at: 1 });
    expect((rowsToRead(shown, pending, rowId) as string[]).sort()).toEqual(["b1", "b3"]);
  });

  it("reads the rows of a customer whose badges changed, and nothing when that customer is not on the board", () => {
    const pending = emptyPending();
    addChange(pending, { kind: "c", ids: ["c2"], at: 1 });
    expect(rowsToRead(shown, pending, rowId)).toEqual(["b2"]);
    const elsewhere = emptyPending();
    addChange(elsewhere, { kind: "c", ids: ["c9"], at: 1 });
    expect(rowsToRead(shown, elsewhere, rowId)).toEqual([]);
  });

  it("asks for a booking not on the board yet: it may be a new arrival", () => {
    const pending = emptyPending();
    addChange(pending, { kind: "b", ids: ["b9"], at: 1 });
    expect(rowsToRead(shown, pending, rowId)).toEqual(["b9"]);
  });

  it("reads the whole board when told to, or when too many rows changed", () => {
    const all = emptyPending();
    addChange(all, { kind: "b", all: true, at: 1 });
    expect(rowsToRead(shown, all, rowId)).toBe("all");
    const many = emptyPending();
    addChange(many, {
      kind: "b",
      ids: Array.from({ length: MAX_ROWS_PER_READ + 1 }, (_, i) => `n${i}`),
      at: 1,
    });
    expect(rowsToRead(shown, many, rowId)).toBe("all");
  });
});

describe("mergeRows", () => {
  const shown = board([row("b1", "c1"), row("b2", "c2"), row("b3", "c3")]);

  it("replaces rows that came back in place, and drops rows asked for that did not", () => {
    const merged = mergeRows(shown, ["b2", "b3"], [row("b2", "c2", "checked_in")], rowId);
    expect(merged).toEqual({ ...shown, rows: [row("b1", "c1"), row("b2", "c2", "checked_in")] });
  });

  it("reads the whole board when a row came back that it does not show yet", () => {
    expect(mergeRows(shown, ["b9"], [row("b9", "c9")], rowId)).toBe("all");
  });

  it("leaves the board as it was when the asked-for row belongs to another board", () => {
    expect(mergeRows(shown, ["b9"], [], rowId)).toEqual(shown);
  });
});
