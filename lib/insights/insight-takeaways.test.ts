import { describe, expect, it } from "vitest";
import { resolvePeriod } from "./insight-period";
import {
  backlogTakeaway,
  channelsTakeaway,
  deskStaffTakeaway,
  deskTrendTakeaway,
  rebookingTakeaway,
  resolutionTakeaway,
  surveyGapTakeaway,
} from "./insight-takeaways";
import type {
  ArrivalChannels,
  ComplaintInsights,
  DeskContext,
  DeskFigures,
  DirectRebooking,
  SurveyFatigue,
} from "./manager-insights-types";

const period = resolvePeriod({ preset: "quarter" }, "2026-12-08");
const figures = (returns: number, direct: number, commissionSaved = 0) => ({
  returns,
  direct,
  commissionSaved,
  directWithoutValue: 0,
});
const rebooking = (
  current: ReturnType<typeof figures>,
  previous: ReturnType<typeof figures>,
): DirectRebooking => ({
  period,
  series: [],
  current,
  previous,
  byLocation: [],
  byReturnChannel: [],
  rates: { version: 0, booking_com: 15, expedia: 18, validFrom: null },
});

describe("takeaways", () => {
  it("says direct rebooking rose from 18% to 24%, with the commission saved", () => {
    expect(rebookingTakeaway(rebooking(figures(50, 12, 840.5), figures(50, 9)))).toEqual({
      key: "rebooking.rose",
      values: { from: { percent: 0.18 }, to: { percent: 0.24 }, saved: { money: 840.5 } },
    });
  });

  it("says it fell, stayed, had nothing to compare with, or had no returning guests", () => {
    expect(rebookingTakeaway(rebooking(figures(50, 9), figures(50, 12))).key).toBe("rebooking.fell");
    // 24.0% and 24.4% read the same when rounded.
    expect(rebookingTakeaway(rebooking(figures(50, 12), figures(45, 11))).key).toBe("rebooking.same");
    expect(rebookingTakeaway(rebooking(figures(50, 12), figures(0, 0))).key).toBe("rebooking.only");
    expect(rebookingTakeaway(rebooking(figures(0, 0), figures(10, 2))).key).toBe("rebooking.empty");
  });

  it("names the channel that brought the most visits, against its share before", () => {
    const data: ArrivalChannels = {
      period,
      series: [],
      totals: [
        { channel: "booking_com", current: 30, previous: 20 },
        { channel: "direct_web", current: 70, previous: 80 },
      ],
      firstTouch: [],
      byLocation: [],
    };
    expect(channelsTakeaway(data)).toEqual({
      key: "channels.topCompared",
      values: { channel: { channel: "direct_web" }, share: { percent: 0.7 }, previous: { percent: 0.8 } },
    });
  });

  it("gives the resolve times and the slowest reason", () => {
    const row = (key: string, medianHours: number, p90Hours: number, cases = 4) => ({
      key,
      cases,
      medianHours,
      p90Hours,
    });
    const data = {
      resolution: {
        all: { ...row("all", 20, 90, 8), previousMedianHours: null, previousP90Hours: null },
        byReason: [row("Noisy room", 10, 30), row("Charged twice", 40, 120)],
        byLocation: [],
      },
    } as unknown as ComplaintInsights;
    expect(resolutionTakeaway(data)).toEqual({
      key: "complaints.resolutionSlowest",
      values: {
        median: { hours: 20 },
        p90: { hours: 90 },
        reason: { reason: "Charged twice" },
        reasonP90: { hours: 120 },
      },
    });
  });

  it("counts the open backlog and the part older than a week", () => {
    const data = {
      backlog: [
        { age: "0-2", current: 3, previous: 1 },
        { age: "3-7", current: 2, previous: 0 },
        { age: "8-30", current: 4, previous: 2 },
        { age: "31+", current: 1, previous: 0 },
      ],
    } as unknown as ComplaintInsights;
    expect(backlogTakeaway(data)).toEqual({
      key: "complaints.backlog",
      values: { open: { count: 10 }, old: { count: 5 }, previous: { count: 3 } },
    });
  });

  it("compares answers soon after the previous survey with answers after a long rest", () => {
    const sa = (sent: number, responded: number) => ({ sent, responded });
    const data = {
      totals: { current: sa(100, 35), previous: sa(0, 0) },
      byGap: [
        { gap: "first", current: sa(40, 20), previous: sa(0, 0) },
        { gap: "0-6", current: sa(10, 1), previous: sa(0, 0) },
        { gap: "7-29", current: sa(10, 2), previous: sa(0, 0) },
        { gap: "30-89", current: sa(20, 6), previous: sa(0, 0) },
        { gap: "90-179", current: sa(10, 4), previous: sa(0, 0) },
        { gap: "180+", current: sa(10, 2), previous: sa(0, 0) },
      ],
    } as unknown as SurveyFatigue;
    expect(surveyGapTakeaway(data)).toEqual({
      key: "surveys.byGap",
      values: { recent: { percent: 0.15 }, rested: { percent: 26 / 60 } },
    });
  });

  it("gives the share of check-ins with the card opened first, and the colleague who does it most", () => {
    const desk = (actions: number, cardOpened: number): DeskFigures => ({
      actions,
      cardOpened,
      factReuseVisits: 0,
      factsReused: 0,
      notes: 0,
      facts: 0,
    });
    const data = {
      current: desk(200, 130),
      previous: desk(180, 90),
      byStaff: [
        { staffUserId: "a", name: "Sanne de Boer", ...desk(60, 48) },
        { staffUserId: "b", name: "Joris Visser", ...desk(80, 32) },
        { staffUserId: "c", name: "Nieuw", ...desk(3, 3) },
      ],
    } as unknown as DeskContext;
    expect(deskTrendTakeaway(data)).toEqual({
      key: "desk.openedCompared",
      values: { share: { percent: 0.65 }, previous: { percent: 0.5 } },
    });
    // Three hand-overs are too few to call someone the best.
    expect(deskStaffTakeaway(data)).toEqual({
      key: "desk.bestStaff",
      values: { name: { text: "Sanne de Boer" }, share: { percent: 0.8 } },
    });
  });
});
