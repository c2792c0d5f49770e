import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import { bucketLabel, durationLabel, takeawayText, type Translate } from "./insight-format";

const nl = ((key: string, values?: Record<string, string | number>) =>
  (translatorFor("nl") as unknown as Translate)(`managerInsights.${key}`, values)) as Translate;
const en = ((key: string, values?: Record<string, string | number>) =>
  (translatorFor("en") as unknown as Translate)(`managerInsights.${key}`, values)) as Translate;

describe("insight words", () => {
  it("writes the takeaway in Dutch and in English from the same figures", () => {
    const takeaway = {
      key: "rebooking.rose",
      values: { from: { percent: 0.18 }, to: { percent: 0.24 }, saved: { money: 3240 } },
    };
    expect(takeawayText(takeaway, nl, "nl")).toBe(
      "Direct terugboeken steeg van 18% naar 24%; dat scheelde €\u00a03.240,00 aan commissie.",
    );
    expect(takeawayText(takeaway, en, "en")).toBe(
      "Direct rebooking rose from 18% to 24%, saving €3,240.00 in commission.",
    );
  });

  it("says a journey path step by step", () => {
    const takeaway = {
      key: "paths.topRoute",
      values: {
        path: { path: ["search", "web", "book_direct"] },
        count: { count: 12 },
        share: { percent: 0.3 },
      },
    };
    expect(takeawayText(takeaway, nl, "nl")).toBe(
      "Meest gevolgde route: Zoekmachine → Website → Direct geboekt (12 klanten, 30% van alle nieuwe klanten).",
    );
  });

  it("gives durations in hours up to two days, then in days", () => {
    expect(durationLabel(1, nl, "nl")).toBe("1 uur");
    expect(durationLabel(30, nl, "nl")).toBe("30 uur");
    expect(durationLabel(60, nl, "nl")).toBe("2,5 dagen");
    expect(durationLabel(30, en, "en")).toBe("30 hours");
  });

  it("labels weeks by their first day and months by name", () => {
    expect(bucketLabel("2026-11-11", "week", "nl")).toBe("11 nov");
    expect(bucketLabel("2026-03-01", "month", "nl")).toBe("mrt 2026");
    expect(bucketLabel("2026-03-01", "month", "en")).toBe("Mar 2026");
  });
});
