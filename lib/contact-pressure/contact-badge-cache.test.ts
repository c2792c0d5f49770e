import { describe, expect, it } from "vitest";
import * as cache from "./contact-badge-cache";
const badge = [
  {
    kind: "no_survey" as const,
    label: "No survey",
    reason: "Surveyed 1 day ago",
    reasons: { nl: "Gisteren een enquête gehad", en: "Surveyed 1 day ago" },
  },
];

describe("the contact badge cache", () => {
  it("keeps a verdict for its time to live and policy version only", () => {
    const loadedAt = cache.contactBadgeGeneration();
    cache.rememberContactBadges("a", 3, 1_000, badge, loadedAt);
    expect(cache.recallContactBadges("a", 3, 1_000 + cache.CONTACT_BADGE_TTL_MS - 1)).toEqual(badge);
    expect(cache.recallContactBadges("a", 4, 1_001)).toBeUndefined();
    cache.rememberContactBadges("a", 3, 1_000, badge, cache.contactBadgeGeneration());
    expect(cache.recallContactBadges("a", 3, 1_000 + cache.CONTACT_BADGE_TTL_MS)).toBeUndefined();
  });

  it("drops a verdict loaded before a write that committed during the load", () => {
    const loadedAt = cache.contactBadgeGeneration();
    cache.forgetContactBadges(["b"]);
    cache.rememberContactBadges("b", 1, 5_000, badge, loadedAt);
    expect(cache.recallContactBadges("b", 1, 5_001)).toBeUndefined();
  });

  it("keeps a verdict loaded after the customer was last forgotten", () => {
    cache.forgetContactBadges(["c"]);
    const loadedAt = cache.contactBadgeGeneration();
    cache.forgetContactBadges(["someone else"]);
    cache.rememberContactBadges("c", 1, 5_000, badge, loadedAt);
    expect(cache.recallContactBadges("c", 1, 5_001)).toEqual(badge);
  });
});
