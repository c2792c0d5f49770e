import { describe, expect, it } from "vitest";
import { formatDayInput, parseDayInput } from "./day-input";

describe("typed days", () => {
  it("read the day first, in any separator, and ISO", () => {
    expect(parseDayInput("7-12-2026")).toBe("2026-12-07");
    expect(parseDayInput("07/12/2026")).toBe("2026-12-07");
    expect(parseDayInput(" 7.12.26 ")).toBe("2026-12-07");
    expect(parseDayInput("2026-12-07")).toBe("2026-12-07");
  });

  it("refuse what is not a calendar day", () => {
    for (const text of ["31-02-2026", "12/31/2026", "2026-13-01", "gisteren", "", "7-12"]) {
      expect(parseDayInput(text), text).toBeNull();
    }
  });

  it("show the interface language's order", () => {
    expect(formatDayInput("2026-12-07", "nl")).toBe("07-12-2026");
    expect(formatDayInput("2026-12-07", "en")).toBe("07/12/2026");
    expect(formatDayInput("", "nl")).toBe("");
  });
});
