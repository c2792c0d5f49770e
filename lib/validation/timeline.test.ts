import { describe, expect, it } from "vitest";
import {
  encodeTimelineCursor,
  timelineCursor,
  timelineFilterParams,
  timelineFiltersFromSearchParams,
  timelineQuerySchema,
} from "./timeline";
import { sayIssue } from "@/lib/i18n/translator";

describe("timeline cursor", () => {
  it("round-trips (occurredAt, id) through an opaque base64url string", () => {
    const cursor = {
      occurredAt: new Date("2026-03-01T23:30:00.123Z"),
      id: "0190f3a2-1111-7000-8000-000000000001",
    };
    const encoded = encodeTimelineCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(timelineCursor.parse(encoded)).toEqual(cursor);
  });

  it.each([
    "",
    "%%%",
    "bm90IGpzb24",
    btoa('["2026-01-01T00:00:00Z"]'),
    btoa('["yesterday","0190f3a2-1111-7000-8000-000000000001"]'),
  ])("refuses %j", (value) => expect(timelineCursor.safeParse(value).success).toBe(false));
});

describe("timeline query", () => {
  it("reads comma-separated lists, dropping duplicates and blanks", () => {
    expect(timelineQuerySchema.parse({ type: "complaint, check_in,,complaint", channel: "email" })).toEqual({
      type: ["complaint", "check_in"],
      channel: ["email"],
    });
  });

  it("reads empty parameters as not set", () => {
    expect(
      timelineQuerySchema.parse({
        cursor: "",
        type: "",
        channel: "",
        location: "",
        from: "",
        to: "",
        limit: "",
      }),
    ).toEqual({
      type: [],
      channel: [],
      location: [],
    });
  });

  it("names the field and the bad value", () => {
    const result = timelineQuerySchema.safeParse({ type: "check_in,teleport" });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(["type"]);
    expect(sayIssue(issue, "en")).toBe('"teleport" is not an event type');
    expect(sayIssue(issue, "nl")).toBe('"teleport" is geen soort gebeurtenis');
  });

  it("refuses a range that ends before it starts, on the to field", () => {
    const result = timelineQuerySchema.safeParse({ from: "2026-03-05", to: "2026-03-01" });
    expect(result.error?.issues[0]?.path).toEqual(["to"]);
  });

  it("writes filters to the URL in a fixed order, so equal filters give equal links", () => {
    const a = timelineFilterParams({ type: ["complaint", "check_in"], from: "2026-01-01" }).toString();
    const b = timelineFilterParams({ from: "2026-01-01", type: ["check_in", "complaint"] }).toString();
    expect(a).toBe(b);
    expect(a).toBe("type=check_in%2Ccomplaint&from=2026-01-01");
  });

  it("drops bad filters from a page's URL instead of failing the page", () => {
    expect(
      timelineFiltersFromSearchParams({
        type: "complaint,nonsense",
        channel: ["email", "sms"],
        from: "2026-03-05",
        to: "2026-03-01",
      }),
    ).toEqual({ channel: ["email"], from: "2026-03-05" });
  });
});
