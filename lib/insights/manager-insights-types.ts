// The manager insights as the data layer hands them to the page: plain, serialisable figures per
// period ("current" is the chosen period, "previous" the one of the same length before it). The
// words for every key live in messages/<locale>/managerInsights.json.

import type { InsightPeriod } from "./insight-period";

/** How a visit or a customer came in, in the order charts and tables list them. */
export const ARRIVAL_CHANNELS = [
  "booking_com",
  "expedia",
  "direct_web",
  "app",
  "phone",
  "walk_in",
  "referral",
  "campaign",
  "travel_agent",
  "other",
  "unknown",
] as const;
export type ArrivalChannel = (typeof ARRIVAL_CHANNELS)[number];

export interface PeriodPair {
  current: number;
  previous: number;
}

export interface InsightLocation {
  id: string;
  name: string;
  type: "hotel" | "store";
}

export interface ArrivalChannels {
  period: InsightPeriod;
  /** Visits per bucket and channel, both periods. */
  series: { bucket: string; isCurrent: boolean; channel: ArrivalChannel; visits: number }[];
  totals: ({ channel: ArrivalChannel } & PeriodPair)[];
  /** This period's visits by the customer's first touch and the visit's own channel. */
  firstTouch: { firstTouch: ArrivalChannel; visitChannel: ArrivalChannel; visits: number }[];
  byLocation: { locationId: string; channel: ArrivalChannel; visits: number }[];
}

export interface RebookingFigures {
  /** OTA-first guests whose next stay fell in the bucket or period. */
  returns: number;
  /** …of which booked direct (not through an OTA or agent). */
  direct: number;
  /** Commission not paid on the direct ones, at the OTA's rate of the day, in euros. */
  commissionSaved: number;
  /** Direct next stays without a recorded amount (no commission counted for them). */
  directWithoutValue: number;
}

export interface DirectRebooking {
  period: InsightPeriod;
  series: ({ bucket: string; isCurrent: boolean } & RebookingFigures)[];
  current: RebookingFigures;
  previous: RebookingFigures;
  byLocation: ({ locationId: string } & RebookingFigures)[];
  byReturnChannel: { channel: string; returns: number }[];
  /** The rates in force today, and their version (0: the built-in defaults). */
  rates: { version: number; booking_com: number; expedia: number; validFrom: string | null };
}

export interface PathRow {
  path: string;
  steps: string[];
  current: number;
  previous: number;
}

export interface JourneyPaths {
  period: InsightPeriod;
  acquisition: { paths: PathRow[]; total: PeriodPair; distinct: number };
  complaint: {
    paths: PathRow[];
    total: PeriodPair;
    distinct: number;
    outcomes: { outcome: "returned" | "churned" | "waiting"; current: number; previous: number }[];
  };
}

export interface PathCustomer {
  id: string;
  /** null when the customer gave no name. */
  name: string | null;
  day: string;
  locationId: string;
}

export const BACKLOG_AGES = ["0-2", "3-7", "8-30", "31+"] as const;
export type BacklogAge = (typeof BACKLOG_AGES)[number];

export interface ResolutionRow {
  key: string;
  cases: number;
  medianHours: number | null;
  p90Hours: number | null;
}

export interface ComplaintInsights {
  period: InsightPeriod;
  weekly: { bucket: string; isCurrent: boolean; opened: number; closed: number }[];
  totals: { opened: PeriodPair; closed: PeriodPair; visits: PeriodPair };
  backlog: ({ age: BacklogAge } & PeriodPair)[];
  resolution: {
    all: ResolutionRow & { previousMedianHours: number | null; previousP90Hours: number | null };
    byReason: ResolutionRow[];
    byLocation: ResolutionRow[];
  };
  /** Complaints opened per location next to its stays or orders in the period. */
  perLocation: {
    locationId: string;
    complaints: number;
    visits: number;
    previousComplaints: number;
    previousVisits: number;
  }[];
}

export const SURVEY_GAPS = ["first", "0-6", "7-29", "30-89", "90-179", "180+"] as const;
export type SurveyGap = (typeof SURVEY_GAPS)[number];

export interface SentAnswered {
  sent: number;
  responded: number;
}

export interface SurveyFatigue {
  period: InsightPeriod;
  totals: { current: SentAnswered; previous: SentAnswered };
  byGap: { gap: SurveyGap; current: SentAnswered; previous: SentAnswered }[];
  byTrivial: { afterTrivial: boolean; current: SentAnswered; previous: SentAnswered }[];
  /** Surveys by how many the customer had already had in the year before: 0, 1, 2, 3 (or more). */
  byPrior: { prior: number; current: SentAnswered; previous: SentAnswered }[];
  trivialTrend: { bucket: string; isCurrent: boolean; sent: number; afterTrivial: number }[];
}

export interface DeskFigures {
  actions: number;
  cardOpened: number;
  factReuseVisits: number;
  factsReused: number;
  notes: number;
  facts: number;
}

export interface DeskContext {
  period: InsightPeriod;
  current: DeskFigures;
  previous: DeskFigures;
  trend: ({ bucket: string; isCurrent: boolean } & DeskFigures)[];
  byLocation: ({
    locationId: string;
    kind: "check_in" | "pickup";
    previousShare: number | null;
  } & DeskFigures)[];
  /** The actor's own staff (everyone's for admins); others' actions are in the location rows only. */
  byStaff: ({ staffUserId: string; name: string } & DeskFigures)[];
  /** Actions a source system recorded, with nobody in Gastvrij behind them. */
  bySourceSystems: DeskFigures;
}
