import { describe, expect, it } from "vitest";
import { formatCalendarDay, formatShortDate } from "./card-dates";

describe("card dates", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  it("leaves out the year when it is this year", () => {
    expect(formatShortDate(new Date("2026-11-12T10:00:00Z"), now)).toBe("12 Nov");
    expect(formatShortDate(new Date("2025-03-01T10:00:00Z"), now)).toBe("1 Mar 2025");
  });
  it("names the weekday of a calendar day whatever the server's zone", () => {
    expect(formatCalendarDay("2026-11-26")).toBe("Thu 26 Nov");
  });
});
