import { describe, expect, it } from "vitest";
import { dueRefresh, FULL_EVERY_MS, INCREMENTAL_EVERY_MS } from "./refresh-insights-job";

// 2026-12-08 03:00 and 15:00 in Amsterdam (UTC+1).
const NIGHT = Date.parse("2026-12-08T02:00:00Z");
const DAYTIME = Date.parse("2026-12-08T14:00:00Z");
const ago = (now: number, ms: number) => new Date(now - ms);

describe("dueRefresh", () => {
  it("rebuilds everything on a database that never had a full run", () => {
    expect(dueRefresh({ incremental: null, full: null }, DAYTIME)).toBe("full");
  });

  it("rebuilds the last days every ten minutes", () => {
    const full = ago(DAYTIME, 3_600_000);
    expect(dueRefresh({ incremental: ago(DAYTIME, INCREMENTAL_EVERY_MS - 1), full }, DAYTIME)).toBeNull();
    expect(dueRefresh({ incremental: ago(DAYTIME, INCREMENTAL_EVERY_MS), full }, DAYTIME)).toBe(
      "incremental",
    );
  });

  it("rebuilds everything once a day, at night, unless two days overdue", () => {
    const recent = ago(DAYTIME, 60_000);
    expect(dueRefresh({ incremental: recent, full: ago(DAYTIME, FULL_EVERY_MS + 1) }, DAYTIME)).toBeNull();
    expect(dueRefresh({ incremental: recent, full: ago(NIGHT, FULL_EVERY_MS + 1) }, NIGHT)).toBe("full");
    expect(dueRefresh({ incremental: recent, full: ago(DAYTIME, 2 * FULL_EVERY_MS) }, DAYTIME)).toBe("full");
  });
});
