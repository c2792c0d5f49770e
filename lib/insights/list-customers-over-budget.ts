import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { customerVisibleTo } from "@/lib/auth/customer-scope";
import { MARKETING_PURPOSES } from "@/lib/eligibility/eligibility-types";
import { customerDisplayName } from "@/lib/format/names";
import { Prisma } from "@/lib/generated/prisma/client";
import { aggregateQuery } from "./aggregate-query";
import { utcTimestamp } from "./utc-timestamp";
import type { ContactPolicySettings } from "@/lib/validation/contact-policy";

const DAY_MS = 86_400_000;
export const OVER_BUDGET_SHOWN = 10;

export interface CustomersOverBudget {
  /** Customers with more marketing contacts in the rolling window than the budget allows. */
  count: number;
  customers: { id: string; name: string; contacts: number; lastContactAt: Date }[];
}

type Row = {
  total: number;
  id: string;
  firstName: string | null;
  lastName: string | null;
  contacts: number;
  lastContactAt: Date;
};

/**
 * Customers over the marketing budget right now. The window's marketing contacts are grouped per
 * customer first; only the few over budget are checked against the actor's locations.
 */
export async function listCustomersOverBudget(
  actor: Actor,
  marketing: ContactPolicySettings["marketing"],
  now = new Date(),
): Promise<CustomersOverBudget> {
  assertCan(actor, "insights.view");
  // The same window as the eligibility engine: a contact exactly windowDays ago no longer counts.
  const since = new Date(now.getTime() - marketing.windowDays * DAY_MS);
  const rows = await aggregateQuery<Row[]>(Prisma.sql`
    WITH over AS (
      SELECT oc."customerId", count(*)::int AS contacts, max(oc."occurredAt") AS "lastContactAt"
      FROM "OutboundContact" oc
      WHERE oc."occurredAt" > ${utcTimestamp(since)}::timestamp AND oc."occurredAt" <= ${utcTimestamp(now)}::timestamp
        AND oc.purpose = ANY(${[...MARKETING_PURPOSES]}::"ContactPurpose"[])
      GROUP BY oc."customerId"
      HAVING count(*) > ${marketing.maxContacts}
    ), visible AS (
      SELECT o.* FROM over o WHERE ${customerVisibleTo(actor, Prisma.sql`o."customerId"`)}
    )
    SELECT (SELECT count(*) FROM visible)::int AS total, c.id, c."firstName", c."lastName", v.contacts, v."lastContactAt"
    FROM visible v JOIN "Customer" c ON c.id = v."customerId"
    ORDER BY v.contacts DESC, v."lastContactAt" DESC, c.id
    LIMIT ${OVER_BUDGET_SHOWN}`);
  return {
    count: rows[0]?.total ?? 0,
    customers: rows.map((row) => ({
      id: row.id,
      name: customerDisplayName(row),
      contacts: row.contacts,
      lastContactAt: row.lastContactAt,
    })),
  };
}
