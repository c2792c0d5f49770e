import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instantOfLocal, localParts, startOfNextLocalDay } from "./zoned-time";

// localParts caches offsets per UTC quarter hour; Intl itself is the reference.
const ZONES = [
  "Europe/Amsterdam",
  "Europe/London",
  "America/New_York",
  "America/St_Johns",
  "America/Santiago",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "UTC",
];

const formats = new Map(
  ZONES.map((timeZone) => [
    timeZone,
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    }),
  ]),
);

function reference(timeZone: string, at: number) {
  const parts = Object.fromEntries(
    formats
      .get(timeZone)!
      .formatToParts(at)
      .filter((part) => part.type !== "literal")
      .map((part) => [part.type, Number(part.value)]),
  );
  const { year, month, day, hour, minute, second } = parts;
  return { year, month, day, hour, minute, second };
}

describe("zoned time", () => {
  it("reads the same wall clock as Intl, at any instant and in zones with odd offsets", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2035, 11, 31) }),
        (zone, at) => {
          expect(localParts(zone, at)).toEqual(reference(zone, at));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("reads the same around every DST change of 2026", () => {
    const mismatches: string[] = [];
    for (const zone of ZONES) {
      for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2027, 0, 1); at += 61 * 60_000 + 7_000) {
        const [ours, theirs] = [JSON.stringify(localParts(zone, at)), JSON.stringify(reference(zone, at))];
        if (ours !== theirs) mismatches.push(`${zone} ${new Date(at).toISOString()}: ${ours} vs ${theirs}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("finds local midnight and 08:00 across the Amsterdam changes", () => {
    const amsterdam = "Europe/Amsterdam";
    expect(startOfNextLocalDay(amsterdam, Date.parse("2026-03-28T22:00:00Z"))).toBe(
      Date.parse("2026-03-28T23:00:00Z"),
    );
    expect(startOfNextLocalDay(amsterdam, Date.parse("2026-03-29T12:00:00Z"))).toBe(
      Date.parse("2026-03-29T22:00:00Z"),
    );
    expect(instantOfLocal(amsterdam, { year: 2026, month: 10, day: 25 }, 8 * 60)).toBe(
      Date.parse("2026-10-25T07:00:00Z"),
    );
    // 02:30 happens twice on 25 October: the first one counts.
    expect(instantOfLocal(amsterdam, { year: 2026, month: 10, day: 25 }, 150)).toBe(
      Date.parse("2026-10-25T00:30:00Z"),
    );
    // 02:30 never happens on 29 March: the moment the clocks jump.
    expect(instantOfLocal(amsterdam, { year: 2026, month: 3, day: 29 }, 150)).toBe(
      Date.parse("2026-03-29T01:00:00Z"),
    );
  });
});
