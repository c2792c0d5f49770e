import { describe, expect, it } from "vitest";
import { formatCalendarDay, formatShortDate } from "./card-dates";

describe("card dates", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  it("leaves out the year when it is this year", () => {
    expect(formatShortDate(new Date("2026-11-12T10:00:00Z"), now, "nl")).toBe("12 nov");
    expect(formatShortDate(new Date("2025-03-01T10:00:00Z"), now, "nl")).toBe("1 mrt 2025");
    expect(formatShortDate(new Date("2026-11-12T10:00:00Z"), now, "en")).toBe("12 Nov");
    expect(formatShortDate(new Date("2025-03-01T10:00:00Z"), now, "en")).toBe("1 Mar 2025");
  });
  it("uses the desk's calendar day, not the server's", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Amsterdam.
    expect(formatShortDate(new Date("2025-12-31T23:30:00Z"), now, "nl")).toBe("1 jan");
  });
  it("names the weekday of a calendar day whatever the server's zone", () => {
    expect(formatCalendarDay("2026-11-26", "nl")).toBe("do 26 nov");
    expect(formatCalendarDay("2026-11-26", "en")).toBe("Thu 26 Nov");
  });
});
