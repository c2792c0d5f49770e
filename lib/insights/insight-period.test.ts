import { describe, expect, it } from "vitest";
import { bucketOf, bucketStarts, fullMonths, resolvePeriod } from "./insight-period";

const TODAY = "2026-12-08";

describe("resolvePeriod", () => {
  it("ends a preset today and puts the previous period of the same length right before it", () => {
    expect(resolvePeriod({ preset: "4w" }, TODAY)).toEqual({
      preset: "4w",
      from: "2026-11-11",
      to: TODAY,
      previousFrom: "2026-10-14",
      previousTo: "2026-11-10",
      days: 28,
      bucket: "week",
    });
    expect(resolvePeriod({ preset: "quarter" }, TODAY)).toMatchObject({
      from: "2026-09-09",
      days: 91,
      bucket: "week",
    });
    expect(resolvePeriod({ preset: "year" }, TODAY)).toMatchObject({
      from: "2025-12-09",
      previousFrom: "2024-12-09",
      previousTo: "2025-12-08",
      bucket: "month",
    });
  });

  it("takes a custom range, turned round when reversed and clamped to today", () => {
    expect(resolvePeriod({ preset: "custom", from: "2026-12-31", to: "2026-11-01" }, TODAY)).toMatchObject({
      from: "2026-11-01",
      to: TODAY,
      days: 38,
      previousTo: "2026-10-31",
    });
  });

  it("falls back to the quarter for a custom period without both days", () => {
    expect(resolvePeriod({ preset: "custom", from: "2026-11-01" }, TODAY)).toMatchObject({
      preset: "quarter",
    });
  });

  it("keeps a custom period to two years", () => {
    expect(resolvePeriod({ preset: "custom", from: "2019-01-01", to: "2026-12-08" }, TODAY)).toMatchObject({
      from: "2024-12-08",
      days: 731,
      bucket: "month",
    });
  });
});

describe("buckets", () => {
  it("counts weeks from the period's first day, so the last one ends today", () => {
    expect(bucketStarts("2026-11-11", TODAY, "week")).toEqual([
      "2026-11-11",
      "2026-11-18",
      "2026-11-25",
      "2026-12-02",
    ]);
    expect(bucketOf("2026-11-24", "2026-11-11", "week")).toBe("2026-11-18");
  });

  it("uses calendar months for long periods", () => {
    expect(bucketStarts("2025-12-09", TODAY, "month")).toHaveLength(13);
    expect(bucketStarts("2025-12-09", TODAY, "month")[0]).toBe("2025-12-01");
    expect(bucketOf("2026-02-28", "2025-12-09", "month")).toBe("2026-02-01");
  });
});

describe("fullMonths", () => {
  it("finds the calendar months wholly inside a period", () => {
    expect(fullMonths("2025-12-09", "2026-12-08")).toEqual(["2026-01-01", "2026-11-01"]);
    expect(fullMonths("2026-01-01", "2026-03-31")).toEqual(["2026-01-01", "2026-03-01"]);
    expect(fullMonths("2026-12-01", "2026-12-31")).toEqual(["2026-12-01", "2026-12-01"]);
    expect(fullMonths("2026-02-02", "2026-02-28")).toBeNull();
    expect(fullMonths("2026-01-15", "2026-02-27")).toBeNull();
  });
});
