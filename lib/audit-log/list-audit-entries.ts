import "server-only";
import { assertCan, locationScope, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeTimeCursor, encodeTimeCursor } from "@/lib/db/keyset";
import { maskOptionalText } from "@/lib/privacy/mask-text";
import { parseInput } from "@/lib/validation/parse";
import { auditFilterSchema, type AuditFilter } from "@/lib/validation/audit";
import { can } from "@/lib/auth/permissions";
import { findAuditCustomerIds, nameAuditCustomers } from "./audit-customers";

export const AUDIT_PAGE_SIZE = 50;

/**
 * Managers see entries made by staff of their locations and entries about customers seen there;
 * admins see everything.
 */
export async function buildAuditWhere(
  actor: Actor,
  filter: AuditFilter,
): Promise<Prisma.AuditEntryWhereInput> {
  const and: Prisma.AuditEntryWhereInput[] = [];
  const locations = locationScope(actor);
  if (locations !== null) {
    const customerIds = filter.customerId
      ? (
          await db.customerLocation.findMany({
            where: { customerId: filter.customerId, locationId: { in: locations } },
            select: { customerId: true },
          })
        ).map((row) => row.customerId)
      : [];
    and.push({
      OR: [
        { actor: { locations: { some: { locationId: { in: locations } } } } },
        ...(customerIds.length ? [{ customerId: { in: customerIds } }] : []),
      ],
    });
  }
  if (filter.actor) and.push({ actorEmail: { contains: filter.actor.toLowerCase(), mode: "insensitive" } });
  if (filter.customerId) and.push({ customerId: filter.customerId });
  if (filter.customer) and.push({ customerId: { in: await findAuditCustomerIds(actor, filter.customer) } });
  if (filter.action) and.push({ action: filter.action });
  if (filter.from) and.push({ occurredAt: { gte: new Date(`${filter.from}T00:00:00Z`) } });
  if (filter.to)
    and.push({ occurredAt: { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) } });
  return { AND: and };
}

export async function listAuditEntries(actor: Actor, input: unknown) {
  assertCan(actor, "audit.view");
  const filter = parseInput(auditFilterSchema, input);
  const where = await buildAuditWhere(actor, filter);
  const cursor = decodeTimeCursor(filter.after);
  const rows = await db.auditEntry.findMany({
    where: cursor
      ? {
          AND: [
            where,
            { OR: [{ occurredAt: { lt: cursor.at } }, { occurredAt: cursor.at, id: { lt: cursor.id } }] },
          ],
        }
      : where,
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    // The page does not show details (search terms, filters): they stay on the server.
    omit: { details: true },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = page.at(-1);
  const customers = await nameAuditCustomers(
    actor,
    page.flatMap((entry) => (entry.customerId ? [entry.customerId] : [])),
  );
  // A reason can quote what staff typed (a search term, a note): masked like any free text.
  const isMasked = !can(actor.role, "customer.viewPersonalData");
  return {
    filter,
    entries: page.map((entry) => ({
      ...entry,
      reason: isMasked ? maskOptionalText(entry.reason) : entry.reason,
      customer: entry.customerId ? (customers.get(entry.customerId) ?? null) : null,
    })),
    nextCursor:
      rows.length > AUDIT_PAGE_SIZE && last ? encodeTimeCursor({ at: last.occurredAt, id: last.id }) : null,
  };
}
