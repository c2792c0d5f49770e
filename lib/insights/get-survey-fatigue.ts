import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { readHeavyRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { bucketOfSql, isCurrent, rollupRows, type InsightRequest } from "./insight-request";
import { SURVEY_GAPS, type SentAnswered, type SurveyFatigue, type SurveyGap } from "./manager-insights-types";

type Row = {
  set: number;
  isCurrent: boolean;
  bucket: string | null;
  gap: SurveyGap | null;
  priorSurveys: number | null;
  afterTrivial: boolean | null;
  sent: number;
  responded: number;
};

/** One statement over InsightSurveyDaily: by gap, by trivial interaction, by prior surveys, and per bucket. */
export function surveyFatigueStatement(request: InsightRequest): Prisma.Sql {
  return Prisma.sql`
    SELECT GROUPING(bucket, gap, "priorSurveys", "afterTrivial")::int AS set, "isCurrent", bucket, gap,
      "priorSurveys", "afterTrivial", sum(sent)::int AS sent, sum(responded)::int AS responded
    FROM (
      SELECT ${isCurrent(request)} AS "isCurrent", ${bucketOfSql(request)} AS bucket, gap, "priorSurveys",
        "afterTrivial", sent, responded
      FROM (${rollupRows(request, "InsightSurveyDaily", "InsightSurveyMonthly", `"locationId", gap, "priorSurveys", "afterTrivial", sent, responded`)}) r
    ) s
    GROUP BY GROUPING SETS (("isCurrent"), ("isCurrent", gap), ("isCurrent", "priorSurveys"),
      ("isCurrent", "afterTrivial"), ("isCurrent", bucket, "afterTrivial"))`;
}

// GROUPING(bucket, gap, priorSurveys, afterTrivial): a bit per column left out, bucket highest.
const TOTAL = 0b1111;
const BY_GAP = 0b1011;
const BY_PRIOR = 0b1101;
const BY_TRIVIAL = 0b1110;
const BY_BUCKET = 0b0110;

const none = (): SentAnswered => ({ sent: 0, responded: 0 });

/** Are we asking too often? Response rates by days since the last survey and after trivial contacts. */
export async function getSurveyFatigue(actor: Actor, request: InsightRequest): Promise<SurveyFatigue> {
  assertCan(actor, "insights.view");
  const rows = await readHeavyRows<Row>(surveyFatigueStatement(request));
  const totals = { current: none(), previous: none() };
  const gaps = new Map<SurveyGap, { current: SentAnswered; previous: SentAnswered }>();
  const prior = new Map<number, { current: SentAnswered; previous: SentAnswered }>();
  const trivial = new Map<boolean, { current: SentAnswered; previous: SentAnswered }>();
  const trend = new Map<string, { bucket: string; isCurrent: boolean; sent: number; afterTrivial: number }>();
  const slot = <K>(map: Map<K, { current: SentAnswered; previous: SentAnswered }>, key: K) => {
    const entry = map.get(key) ?? { current: none(), previous: none() };
    map.set(key, entry);
    return entry;
  };
  for (const row of rows) {
    const figures = { sent: row.sent, responded: row.responded };
    const which = row.isCurrent ? "current" : "previous";
    if (row.set === TOTAL) totals[which] = figures;
    else if (row.set === BY_GAP) slot(gaps, row.gap!)[which] = figures;
    else if (row.set === BY_PRIOR) slot(prior, row.priorSurveys!)[which] = figures;
    else if (row.set === BY_TRIVIAL) slot(trivial, row.afterTrivial!)[which] = figures;
    else if (row.set === BY_BUCKET) {
      const key = `${row.isCurrent}:${row.bucket}`;
      const entry = trend.get(key) ?? {
        bucket: row.bucket!,
        isCurrent: row.isCurrent,
        sent: 0,
        afterTrivial: 0,
      };
      entry.sent += row.sent;
      if (row.afterTrivial) entry.afterTrivial += row.sent;
      trend.set(key, entry);
    }
  }
  return {
    period: request.period,
    totals,
    byGap: SURVEY_GAPS.map((gap) => ({ gap, ...slot(gaps, gap) })),
    byTrivial: [false, true].map((afterTrivial) => ({ afterTrivial, ...slot(trivial, afterTrivial) })),
    byPrior: [0, 1, 2, 3].map((count) => ({ prior: count, ...slot(prior, count) })),
    trivialTrend: [...trend.values()].sort((a, b) => a.bucket.localeCompare(b.bucket)),
  };
}
