import { describe, expect, it } from "vitest";
import { parseUtcTimestamp } from "./parse-utc-timestamp";

describe("parseUtcTimestamp", () => {
  it.each([
    ["2026-11-30 12:34:56", "2026-11-30T12:34:56.000Z"],
    ["2026-11-30 12:34:56.7", "2026-11-30T12:34:56.700Z"],
    ["2026-11-30 12:34:56.789", "2026-11-30T12:34:56.789Z"],
    ["2026-11-30 12:34:56.789999", "2026-11-30T12:34:56.789Z"],
    ["2024-02-29 00:00:00.000001", "2024-02-29T00:00:00.000Z"],
    ["2026-03-29 02:30:00", "2026-03-29T02:30:00.000Z"],
    ["0999-01-02 03:04:05.06", "0999-01-02T03:04:05.060Z"],
    ["0050-06-01 00:00:00", "0050-06-01T00:00:00.000Z"],
  ])("reads %s as UTC", (text, iso) => {
    expect(parseUtcTimestamp(text).toISOString()).toBe(iso);
  });

  it("reads what it can't parse by hand the general way", () => {
    expect(Number.isNaN(parseUtcTimestamp("infinity").getTime())).toBe(true);
    expect(Number.isNaN(parseUtcTimestamp("0044-03-15 12:00:00 BC").getTime())).toBe(true);
    expect(Number.isNaN(parseUtcTimestamp("2026-11-30 12:34:5x").getTime())).toBe(true);
  });
});
