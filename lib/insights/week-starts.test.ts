import { describe, expect, it } from "vitest";
import { weekStarts } from "./week-starts";

describe("weekStarts", () => {
  it("starts on the local Monday at or before the start and ends with the current week", () => {
    const weeks = weekStarts(
      new Date("2026-10-21T12:00:00Z"),
      new Date("2026-11-04T08:00:00Z"),
      "Europe/Amsterdam",
    );
    expect(weeks.map((week) => week.day)).toEqual(["2026-10-19", "2026-10-26", "2026-11-02"]);
  });

  it("puts each Monday at local midnight, across the change from summer to winter time", () => {
    const weeks = weekStarts(
      new Date("2026-10-21T12:00:00Z"),
      new Date("2026-11-04T08:00:00Z"),
      "Europe/Amsterdam",
    );
    expect(weeks.map((week) => week.at.toISOString())).toEqual([
      "2026-10-18T22:00:00.000Z",
      "2026-10-25T23:00:00.000Z",
      "2026-11-01T23:00:00.000Z",
    ]);
  });

  it("starts from the Monday before a Sunday evening in Amsterdam", () => {
    const weeks = weekStarts(
      new Date("2026-11-15T22:30:00Z"),
      new Date("2026-11-16T10:00:00Z"),
      "Europe/Amsterdam",
    );
    expect(weeks.map((week) => week.day)).toEqual(["2026-11-09", "2026-11-16"]);
  });
});
