import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { customerVisibleTo } from "@/lib/auth/customer-scope";
import { DISPLAY_TIME_ZONE } from "@/lib/format/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { aggregateQuery } from "./aggregate-query";
import { utcTimestamp } from "./utc-timestamp";
import { weekStarts } from "./week-starts";

export const VIOLATIONS_WINDOW_DAYS = 90;
const DAY_MS = 86_400_000;

export interface ContactCounts {
  contacts: number;
  within: number;
  against: number;
  /** Recorded without a policy check (history loaded before the policy existed). */
  unchecked: number;
}

export interface PolicyViolations {
  since: Date;
  totals: ContactCounts;
  byRule: { rule: string; count: number }[];
  bySource: ({ source: string } & ContactCounts)[];
  weekly: ({ weekStart: string } & ContactCounts)[];
  surveysAfterTrivial: number;
}

type Row = {
  bucket: number;
  source: string;
  withinPolicy: boolean | null;
  violatedRules: string[];
  contacts: number;
};

const empty = (): ContactCounts => ({ contacts: 0, within: 0, against: 0, unchecked: 0 });

function add(counts: ContactCounts, row: Row) {
  counts.contacts += row.contacts;
  if (row.withinPolicy === true) counts.within += row.contacts;
  else if (row.withinPolicy === false) counts.against += row.contacts;
  else counts.unchecked += row.contacts;
}

/**
 * Outbound contacts of the last 90 days within and against policy, by week, source and rule. One
 * scan of the window, grouped on few keys (rule arrays have few combinations); the rest is summed here.
 */
export async function getPolicyViolations(actor: Actor, now = new Date()): Promise<PolicyViolations> {
  assertCan(actor, "insights.view");
  const since = new Date(now.getTime() - VIOLATIONS_WINDOW_DAYS * DAY_MS);
  const weeks = weekStarts(since, now, DISPLAY_TIME_ZONE);
  const rows = await aggregateQuery<Row[]>(Prisma.sql`
    SELECT width_bucket(oc."occurredAt", ${weeks.map((week) => utcTimestamp(week.at))}::timestamp[]) AS bucket,
      oc.source, oc."withinPolicy", oc."violatedRules", count(*)::int AS contacts
    FROM "OutboundContact" oc
    WHERE oc."occurredAt" >= ${utcTimestamp(since)}::timestamp AND oc."occurredAt" <= ${utcTimestamp(now)}::timestamp
      AND ${customerVisibleTo(actor, Prisma.sql`oc."customerId"`)}
    GROUP BY 1, 2, 3, 4`);

  const totals = empty();
  const weekly = weeks.map((week) => ({ weekStart: week.day, ...empty() }));
  const sources = new Map<string, ContactCounts>();
  const rules = new Map<string, number>();
  let surveysAfterTrivial = 0;
  for (const row of rows) {
    add(totals, row);
    const week = weekly[row.bucket - 1];
    if (week) add(week, row);
    const source = sources.get(row.source) ?? empty();
    add(source, row);
    sources.set(row.source, source);
    if (row.withinPolicy !== false) continue;
    for (const rule of row.violatedRules) rules.set(rule, (rules.get(rule) ?? 0) + row.contacts);
    if (row.violatedRules.includes("survey_after_trivial")) surveysAfterTrivial += row.contacts;
  }
  return {
    since,
    totals,
    weekly,
    bySource: [...sources]
      .map(([source, counts]) => ({ source, ...counts }))
      .sort((a, b) => b.against - a.against || b.contacts - a.contacts),
    byRule: [...rules]
      .map(([rule, count]) => ({ rule, count }))
      .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule)),
    surveysAfterTrivial,
  };
}
