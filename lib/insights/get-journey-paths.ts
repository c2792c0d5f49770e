import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { readHeavyRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { isCurrent, rollupRows, type InsightRequest } from "./insight-request";
import type { JourneyPaths, PathRow } from "./manager-insights-types";

/** Paths shown per kind; the rest are counted in the totals. */
export const PATHS_SHOWN = 10;

type Row = { kind: "acquisition" | "complaint"; path: string; current: number; previous: number };

/** One statement over InsightPathDaily: every path of the period and the one before, with its customers. */
export function journeyPathsStatement(request: InsightRequest): Prisma.Sql {
  return Prisma.sql`
    SELECT kind, path, (coalesce(sum(customers) FILTER (WHERE ${isCurrent(request)}), 0))::int AS current,
      (coalesce(sum(customers) FILTER (WHERE NOT ${isCurrent(request)}), 0))::int AS previous
    FROM (${rollupRows(
      request,
      "InsightPathDaily",
      "InsightPathMonthly",
      `kind, path, "locationId", customers`,
      {
        isBucketed: false,
      },
    )}) r
    GROUP BY kind, path`;
}

const OUTCOMES = ["returned", "churned", "waiting"] as const;

function ranked(rows: Row[]): {
  paths: PathRow[];
  total: { current: number; previous: number };
  distinct: number;
} {
  const paths = rows
    .filter((row) => row.current > 0)
    .sort((a, b) => b.current - a.current || a.path.localeCompare(b.path))
    .slice(0, PATHS_SHOWN)
    .map((row) => ({
      path: row.path,
      steps: row.path.split(">"),
      current: row.current,
      previous: row.previous,
    }));
  return {
    paths,
    total: {
      current: rows.reduce((sum, row) => sum + row.current, 0),
      previous: rows.reduce((sum, row) => sum + row.previous, 0),
    },
    distinct: rows.filter((row) => row.current > 0).length,
  };
}

/** The most common roads to a first booking or order, and from a complaint to a return or churn. */
export async function getJourneyPaths(actor: Actor, request: InsightRequest): Promise<JourneyPaths> {
  assertCan(actor, "insights.view");
  const rows = await readHeavyRows<Row>(journeyPathsStatement(request));
  const acquisition = rows.filter((row) => row.kind === "acquisition");
  const complaint = rows.filter((row) => row.kind === "complaint");
  const outcomes = OUTCOMES.map((outcome) => ({
    outcome,
    current: complaint
      .filter((row) => row.path.endsWith(`>${outcome}`))
      .reduce((sum, row) => sum + row.current, 0),
    previous: complaint
      .filter((row) => row.path.endsWith(`>${outcome}`))
      .reduce((sum, row) => sum + row.previous, 0),
  }));
  return {
    period: request.period,
    acquisition: ranked(acquisition),
    complaint: { ...ranked(complaint), outcomes },
  };
}
