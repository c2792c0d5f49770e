// The one-line takeaway under each chart, chosen from the figures: which sentence (a key in
// messages/<locale>/managerInsights.json, under "takeaways") and the values to fill in, typed so the
// page formats them in the staff member's language. Pure, so every sentence is unit-tested.

import type { InsightLocation } from "./manager-insights-types";
import type {
  ArrivalChannels,
  ComplaintInsights,
  DeskContext,
  DeskFigures,
  DirectRebooking,
  JourneyPaths,
  SentAnswered,
  SurveyFatigue,
} from "./manager-insights-types";

export type TakeawayValue =
  | { percent: number }
  | { count: number }
  | { money: number }
  | { hours: number }
  | { channel: string }
  | { path: string[] }
  | { reason: string }
  | { text: string };

export interface Takeaway {
  key: string;
  values: Record<string, TakeawayValue>;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
/** Rose or fell by at least half a percentage point; otherwise the same (as a reader would round). */
function direction(current: number, previous: number): "rose" | "fell" | "same" {
  const difference = Math.round(current * 100) - Math.round(previous * 100);
  return difference > 0 ? "rose" : difference < 0 ? "fell" : "same";
}

export function channelsTakeaway(data: ArrivalChannels): Takeaway {
  const current = data.totals.reduce((sum, row) => sum + row.current, 0);
  const previous = data.totals.reduce((sum, row) => sum + row.previous, 0);
  const top = [...data.totals].sort((a, b) => b.current - a.current)[0];
  if (!top || current === 0) return { key: "channels.empty", values: {} };
  const values = { channel: { channel: top.channel }, share: { percent: share(top.current, current) } };
  if (previous === 0) return { key: "channels.top", values };
  return {
    key: "channels.topCompared",
    values: { ...values, previous: { percent: share(top.previous, previous) } },
  };
}

export function firstTouchTakeaway(data: ArrivalChannels): Takeaway {
  const byTouch = new Map<string, { total: number; elsewhere: number }>();
  for (const row of data.firstTouch) {
    if (row.firstTouch === "unknown") continue;
    const entry = byTouch.get(row.firstTouch) ?? { total: 0, elsewhere: 0 };
    entry.total += row.visits;
    if (row.visitChannel !== row.firstTouch) entry.elsewhere += row.visits;
    byTouch.set(row.firstTouch, entry);
  }
  const [touch, figures] = [...byTouch].sort((a, b) => b[1].total - a[1].total)[0] ?? [];
  if (!touch || !figures) return { key: "channels.empty", values: {} };
  return {
    key: "firstTouch.switched",
    values: { channel: { channel: touch }, share: { percent: share(figures.elsewhere, figures.total) } },
  };
}

export function rebookingTakeaway(data: DirectRebooking): Takeaway {
  const { current, previous } = data;
  if (current.returns === 0) return { key: "rebooking.empty", values: {} };
  const now = share(current.direct, current.returns);
  const saved = { money: current.commissionSaved };
  if (previous.returns === 0) return { key: "rebooking.only", values: { share: { percent: now }, saved } };
  const before = share(previous.direct, previous.returns);
  return {
    key: `rebooking.${direction(now, before)}`,
    values: { from: { percent: before }, to: { percent: now }, saved },
  };
}

export function rebookingLocationsTakeaway(data: DirectRebooking, locations: InsightLocation[]): Takeaway {
  const best = data.byLocation
    .filter((row) => row.returns > 0)
    .sort((a, b) => share(b.direct, b.returns) - share(a.direct, a.returns) || b.returns - a.returns)[0];
  if (!best) return { key: "rebooking.empty", values: {} };
  const name = locations.find((location) => location.id === best.locationId)?.name ?? "";
  return {
    key: "rebooking.bestLocation",
    values: {
      location: { text: name },
      share: { percent: share(best.direct, best.returns) },
      returns: { count: best.returns },
    },
  };
}

export function acquisitionPathTakeaway(data: JourneyPaths): Takeaway {
  const top = data.acquisition.paths[0];
  if (!top) return { key: "paths.empty", values: {} };
  return {
    key: "paths.topRoute",
    values: {
      path: { path: top.steps },
      count: { count: top.current },
      share: { percent: share(top.current, data.acquisition.total.current) },
    },
  };
}

export function complaintPathTakeaway(data: JourneyPaths): Takeaway {
  const total = data.complaint.total.current;
  if (total === 0) return { key: "paths.noComplaints", values: {} };
  const outcome = (name: string) => data.complaint.outcomes.find((row) => row.outcome === name)?.current ?? 0;
  return {
    key: "paths.afterComplaint",
    values: {
      returned: { percent: share(outcome("returned"), total) },
      churned: { percent: share(outcome("churned"), total) },
    },
  };
}

export function complaintsFlowTakeaway(data: ComplaintInsights): Takeaway {
  const { opened, closed } = data.totals;
  if (opened.current + closed.current === 0) return { key: "complaints.none", values: {} };
  const values = { opened: { count: opened.current }, closed: { count: closed.current } };
  if (opened.previous + closed.previous === 0) return { key: "complaints.flow", values };
  return {
    key: "complaints.flowCompared",
    values: {
      ...values,
      previousOpened: { count: opened.previous },
      previousClosed: { count: closed.previous },
    },
  };
}

export function backlogTakeaway(data: ComplaintInsights): Takeaway {
  const open = data.backlog.reduce((sum, row) => sum + row.current, 0);
  const before = data.backlog.reduce((sum, row) => sum + row.previous, 0);
  if (open === 0) return { key: "complaints.noBacklog", values: {} };
  const old = data.backlog
    .filter((row) => row.age === "8-30" || row.age === "31+")
    .reduce((sum, row) => sum + row.current, 0);
  return {
    key: "complaints.backlog",
    values: { open: { count: open }, old: { count: old }, previous: { count: before } },
  };
}

export function resolutionTakeaway(data: ComplaintInsights): Takeaway {
  const { all, byReason } = data.resolution;
  if (all.medianHours === null || all.p90Hours === null)
    return { key: "complaints.noneResolved", values: {} };
  const slowest = byReason
    .filter((row) => row.p90Hours !== null)
    .sort((a, b) => b.p90Hours! - a.p90Hours! || b.cases - a.cases)[0];
  const values = { median: { hours: all.medianHours }, p90: { hours: all.p90Hours } };
  if (!slowest || byReason.length < 2) return { key: "complaints.resolution", values };
  return {
    key: "complaints.resolutionSlowest",
    values: { ...values, reason: { reason: slowest.key }, reasonP90: { hours: slowest.p90Hours! } },
  };
}

export function complaintRateTakeaway(data: ComplaintInsights): Takeaway {
  const { opened, visits } = data.totals;
  if (visits.current === 0) return { key: "complaints.noVisits", values: {} };
  const rate = { count: (opened.current / visits.current) * 100 };
  if (visits.previous === 0) return { key: "complaints.rate", values: { rate } };
  return {
    key: "complaints.rateCompared",
    values: { rate, previous: { count: (opened.previous / visits.previous) * 100 } },
  };
}

const rate = (figures: SentAnswered) => share(figures.responded, figures.sent);
function sum(rows: SentAnswered[]): SentAnswered {
  return rows.reduce(
    (total, row) => ({ sent: total.sent + row.sent, responded: total.responded + row.responded }),
    {
      sent: 0,
      responded: 0,
    },
  );
}

export function surveyGapTakeaway(data: SurveyFatigue): Takeaway {
  const recent = sum(data.byGap.filter((row) => ["0-6", "7-29"].includes(row.gap)).map((row) => row.current));
  const rested = sum(
    data.byGap.filter((row) => ["90-179", "180+", "first"].includes(row.gap)).map((row) => row.current),
  );
  if (data.totals.current.sent === 0) return { key: "surveys.none", values: {} };
  if (recent.sent === 0 || rested.sent === 0)
    return { key: "surveys.overall", values: { rate: { percent: rate(data.totals.current) } } };
  return {
    key: "surveys.byGap",
    values: { recent: { percent: rate(recent) }, rested: { percent: rate(rested) } },
  };
}

export function surveyTrivialTakeaway(data: SurveyFatigue): Takeaway {
  const after = data.byTrivial.find((row) => row.afterTrivial)?.current ?? { sent: 0, responded: 0 };
  const otherwise = data.byTrivial.find((row) => !row.afterTrivial)?.current ?? { sent: 0, responded: 0 };
  if (after.sent === 0 || otherwise.sent === 0) return { key: "surveys.noTrivial", values: {} };
  return {
    key: "surveys.byTrivial",
    values: { after: { percent: rate(after) }, otherwise: { percent: rate(otherwise) } },
  };
}

export function surveyPriorTakeaway(data: SurveyFatigue): Takeaway {
  const total = data.totals.current.sent;
  if (total === 0) return { key: "surveys.none", values: {} };
  const many = data.byPrior.filter((row) => row.prior >= 2).reduce((n, row) => n + row.current.sent, 0);
  return { key: "surveys.repeat", values: { share: { percent: share(many, total) } } };
}

export function surveyTrendTakeaway(data: SurveyFatigue): Takeaway {
  const current = data.trivialTrend.filter((row) => row.isCurrent);
  const previous = data.trivialTrend.filter((row) => !row.isCurrent);
  const count = current.reduce((n, row) => n + row.afterTrivial, 0);
  const sent = current.reduce((n, row) => n + row.sent, 0);
  if (sent === 0) return { key: "surveys.none", values: {} };
  return {
    key: "surveys.trivialTrend",
    values: {
      count: { count },
      share: { percent: share(count, sent) },
      previous: { count: previous.reduce((n, row) => n + row.afterTrivial, 0) },
    },
  };
}

const opened = (figures: DeskFigures) => share(figures.cardOpened, figures.actions);

export function deskTrendTakeaway(data: DeskContext): Takeaway {
  if (data.current.actions === 0) return { key: "desk.none", values: {} };
  const now = opened(data.current);
  if (data.previous.actions === 0) return { key: "desk.opened", values: { share: { percent: now } } };
  return {
    key: `desk.opened${direction(now, opened(data.previous)) === "same" ? "Same" : "Compared"}`,
    values: { share: { percent: now }, previous: { percent: opened(data.previous) } },
  };
}

export function deskLocationsTakeaway(data: DeskContext): Takeaway {
  const { current } = data;
  if (current.actions === 0) return { key: "desk.none", values: {} };
  return {
    key: "desk.logged",
    values: {
      perHundred: { count: ((current.notes + current.facts) / current.actions) * 100 },
      reused: { count: current.factsReused },
    },
  };
}

export function deskStaffTakeaway(data: DeskContext): Takeaway {
  const staff = data.byStaff.filter((row) => row.actions >= 5);
  if (staff.length === 0) return { key: "desk.noStaff", values: {} };
  const best = [...staff].sort((a, b) => opened(b) - opened(a) || b.actions - a.actions)[0]!;
  return { key: "desk.bestStaff", values: { name: { text: best.name }, share: { percent: opened(best) } } };
}
