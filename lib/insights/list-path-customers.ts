import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { customerVisibleTo } from "@/lib/auth/customer-scope";
import { readHeavyRows } from "@/lib/db/read-rows";
import { customerName } from "@/lib/format/names";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PathKind } from "@/lib/validation/insights";
import { atLocations, type InsightRequest } from "./insight-request";
import type { PathCustomer } from "./manager-insights-types";

export const PATH_CUSTOMERS_SHOWN = 10;

type Row = { id: string; firstName: string | null; lastName: string | null; day: string; locationId: string };

export function pathCustomersStatement(
  request: InsightRequest,
  kind: PathKind,
  path: string,
  actor: Actor,
): Prisma.Sql {
  return Prisma.sql`
    SELECT c.id, c."firstName", c."lastName", pc.day::text AS day, pc."locationId"::text AS "locationId"
    FROM "InsightPathCustomer" pc
    JOIN "Customer" c ON c.id = pc."customerId"
    WHERE pc.kind = ${kind} AND pc.path = ${path}
      AND pc.day BETWEEN ${request.period.from}::date AND ${request.period.to}::date
      AND ${atLocations(request, Prisma.sql`pc."locationId"`)}
      AND ${customerVisibleTo(actor, Prisma.sql`c.id`)}
    ORDER BY pc.day DESC, pc."customerId" DESC
    LIMIT ${PATH_CUSTOMERS_SHOWN}`;
}

/**
 * The latest customers who took a path in the period, to open from the chart. Only customers the
 * actor may see; opening one goes through the profile page with its own scope, masking and audit.
 */
export async function listPathCustomers(
  actor: Actor,
  request: InsightRequest,
  kind: PathKind,
  path: string,
): Promise<PathCustomer[]> {
  assertCan(actor, "insights.view");
  const rows = await readHeavyRows<Row>(pathCustomersStatement(request, kind, path, actor));
  return rows.map((row) => ({
    id: row.id,
    name: customerName(row),
    day: row.day,
    locationId: row.locationId,
  }));
}
