import { describe, expect, it } from "vitest";
import { DEFAULT_CONTACT_POLICY } from "@/lib/validation/contact-policy";
import { eligibilityInput, policy } from "@/tests/factories/eligibility-factory";
import { checkEligibility } from "@/lib/eligibility/check-eligibility";
import { sayReason } from "@/lib/eligibility/eligibility-copy";

// Europe/Amsterdam in 2026: clocks go forward on Sunday 29 March (02:00 CET → 03:00 CEST, 01:00Z)
// and back on Sunday 25 October (03:00 CEST → 02:00 CET, 01:00Z).

const check = (now: string, overrides: Parameters<typeof eligibilityInput>[0] = {}) =>
  checkEligibility(eligibilityInput({ now: new Date(now), ...overrides }));

describe("quiet hours 21:00–08:00 in the customer's time zone", () => {
  it.each([
    { now: "2026-06-10T20:59:59+02:00", allowed: true },
    { now: "2026-06-10T21:00:00+02:00", allowed: false, earliest: "2026-06-11T06:00:00Z" },
    { now: "2026-06-11T07:59:59+02:00", allowed: false, earliest: "2026-06-11T06:00:00Z" },
    { now: "2026-06-11T08:00:00+02:00", allowed: true },
  ])("summer, $now: allowed = $allowed", ({ now, allowed, earliest }) => {
    const result = check(now);
    expect(result.allowed).toBe(allowed);
    if (earliest) expect(result.earliestAllowedAt).toEqual(new Date(earliest));
  });

  it.each([
    // Saturday evening before the spring change: the night is an hour shorter.
    {
      name: "Sat 28 Mar 21:30 CET",
      now: "2026-03-28T20:30:00Z",
      allowed: false,
      earliest: "2026-03-29T06:00:00Z",
    },
    {
      name: "Sat 28 Mar 07:59 CET",
      now: "2026-03-28T06:59:00Z",
      allowed: false,
      earliest: "2026-03-28T07:00:00Z",
    },
    { name: "Sat 28 Mar 08:00 CET", now: "2026-03-28T07:00:00Z", allowed: true },
    {
      name: "Sun 29 Mar 03:30 CEST, just after the jump",
      now: "2026-03-29T01:30:00Z",
      allowed: false,
      earliest: "2026-03-29T06:00:00Z",
    },
    {
      name: "Sun 29 Mar 07:59 CEST",
      now: "2026-03-29T05:59:00Z",
      allowed: false,
      earliest: "2026-03-29T06:00:00Z",
    },
    { name: "Sun 29 Mar 08:00 CEST", now: "2026-03-29T06:00:00Z", allowed: true },
    { name: "Sun 29 Mar 20:59 CEST", now: "2026-03-29T18:59:00Z", allowed: true },
    {
      name: "Sun 29 Mar 21:00 CEST",
      now: "2026-03-29T19:00:00Z",
      allowed: false,
      earliest: "2026-03-30T06:00:00Z",
    },
  ])("spring DST change, $name: allowed = $allowed", ({ now, allowed, earliest }) => {
    const result = check(now);
    expect(result.allowed).toBe(allowed);
    if (!allowed) expect(result.reasons.map((reason) => reason.rule)).toEqual(["quiet_hours"]);
    if (earliest) expect(result.earliestAllowedAt).toEqual(new Date(earliest));
  });

  it.each([
    {
      name: "Sat 24 Oct 22:00 CEST",
      now: "2026-10-24T20:00:00Z",
      allowed: false,
      earliest: "2026-10-25T07:00:00Z",
    },
    {
      name: "Sun 25 Oct 02:30 CEST (first time round)",
      now: "2026-10-25T00:30:00Z",
      allowed: false,
      earliest: "2026-10-25T07:00:00Z",
    },
    {
      name: "Sun 25 Oct 02:30 CET (second time round)",
      now: "2026-10-25T01:30:00Z",
      allowed: false,
      earliest: "2026-10-25T07:00:00Z",
    },
    {
      name: "Sun 25 Oct 07:59 CET",
      now: "2026-10-25T06:59:00Z",
      allowed: false,
      earliest: "2026-10-25T07:00:00Z",
    },
    { name: "Sun 25 Oct 08:00 CET", now: "2026-10-25T07:00:00Z", allowed: true },
    { name: "Sun 25 Oct 20:59 CET", now: "2026-10-25T19:59:00Z", allowed: true },
    {
      name: "Sun 25 Oct 21:00 CET",
      now: "2026-10-25T20:00:00Z",
      allowed: false,
      earliest: "2026-10-26T07:00:00Z",
    },
  ])("autumn DST change, $name: allowed = $allowed", ({ now, allowed, earliest }) => {
    const result = check(now);
    expect(result.allowed).toBe(allowed);
    if (earliest) expect(result.earliestAllowedAt).toEqual(new Date(earliest));
  });

  it("uses the customer's own zone", () => {
    const result = check("2026-06-10T22:00:00-04:00", { customer: { timeZone: "America/New_York" } });
    expect(result.allowed).toBe(false);
    expect(result.earliestAllowedAt).toEqual(new Date("2026-06-11T08:00:00-04:00"));
    expect(check("2026-06-10T22:00:00+02:00", { customer: { timeZone: "America/New_York" } }).allowed).toBe(
      true,
    );
  });

  it("explains itself, in English for the API and in the staff member's language on screen", () => {
    const { reasons } = check("2026-06-10T22:15:00+02:00");
    expect(reasons).toEqual([
      {
        rule: "quiet_hours",
        message: "Quiet hours (21:00–08:00 in the customer's time zone); allowed from tomorrow at 08:00",
        detail: {
          key: "quietHours",
          start: "21:00",
          end: "08:00",
          from: { days: 1, date: "2026-06-11", time: "08:00", sameYear: true },
        },
      },
    ]);
    expect(sayReason(reasons[0]!.detail, "nl")).toBe(
      "Rusttijd (21:00–08:00 in de tijdzone van de klant); mag vanaf morgen om 08:00",
    );
  });

  it("ends a quiet spell whose end the spring change skips at the moment the clocks jump", () => {
    const quietHours = { start: "01:00", end: "02:30", dates: [] };
    const result = check("2026-03-29T00:30:00Z", { policy: policy({ quietHours }) });
    expect(result.allowed).toBe(false);
    expect(result.earliestAllowedAt).toEqual(new Date("2026-03-29T01:00:00Z"));
  });

  it("has no quiet hours when start equals end", () => {
    const quietHours = { start: "00:00", end: "00:00", dates: [] };
    expect(check("2026-06-10T23:00:00+02:00", { policy: policy({ quietHours }) }).allowed).toBe(true);
  });
});

describe("quiet dates marked by an admin", () => {
  const quiet = (dates: string[]) => policy({ quietHours: { ...DEFAULT_CONTACT_POLICY.quietHours, dates } });

  it("denies the whole day and resumes at 08:00 the next", () => {
    const result = check("2026-12-25T12:00:00+01:00", { policy: quiet(["2026-12-25"]) });
    expect(result.reasons).toMatchObject([
      {
        rule: "quiet_date",
        message: "Today is a quiet date without outbound contact; allowed from tomorrow at 08:00",
      },
    ]);
    expect(sayReason(result.reasons[0]!.detail, "nl")).toBe(
      "Vandaag is een rustdag zonder uitgaand contact; mag vanaf morgen om 08:00",
    );
    expect(result.earliestAllowedAt).toEqual(new Date("2026-12-26T08:00:00+01:00"));
  });

  it("skips consecutive quiet dates, also from the evening before", () => {
    const dates = quiet(["2026-12-25", "2026-12-26"]);
    expect(check("2026-12-25T12:00:00+01:00", { policy: dates }).earliestAllowedAt).toEqual(
      new Date("2026-12-27T08:00:00+01:00"),
    );
    const evening = check("2026-12-24T22:00:00+01:00", { policy: dates });
    expect(evening.reasons.map((reason) => reason.rule)).toEqual(["quiet_hours"]);
    expect(evening.earliestAllowedAt).toEqual(new Date("2026-12-27T08:00:00+01:00"));
  });

  it("is the customer's local date", () => {
    // 20:00 on the 24th in New York is already the 25th in Amsterdam: not quiet there yet.
    const newYork = { customer: { timeZone: "America/New_York" }, policy: quiet(["2026-12-25"]) };
    expect(check("2026-12-24T20:00:00-05:00", newYork).allowed).toBe(true);
    expect(check("2026-12-25T20:00:00-05:00", newYork).reasons[0]?.rule).toBe("quiet_date");
  });

  it("does not hold back a service follow-up", () => {
    const result = check("2026-12-25T23:00:00+01:00", {
      purpose: "service_followup",
      policy: quiet(["2026-12-25"]),
    });
    expect(result.allowed).toBe(true);
  });
});
