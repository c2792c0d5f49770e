import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { AuditFilter } from "@/lib/validation/audit";
import { buildAuditWhere } from "./list-audit-entries";
import { recordAudit } from "@/lib/audit/record-audit";

// An export is for a review, not a backup; past this the filters must narrow it.
export const AUDIT_EXPORT_LIMIT = 50_000;

export const AUDIT_EXPORT_COLUMNS = [
  "occurredAt",
  "action",
  "actorEmail",
  "customerId",
  "ip",
  "userAgent",
  "reason",
] as const;

/** Rows for CSV, newest first; lib/csv/write-csv.ts makes every cell inert in a spreadsheet. */
export async function exportAuditEntries(actor: Actor, filter: AuditFilter) {
  assertCan(actor, "audit.export");
  const where = await buildAuditWhere(actor, filter);
  const entries = await db.auditEntry.findMany({
    where,
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: AUDIT_EXPORT_LIMIT,
  });
  await recordAudit({
    action: "audit.export",
    actor,
    details: { filter: { ...filter }, rows: entries.length },
  });
  return entries.map((entry) => [
    entry.occurredAt.toISOString(),
    entry.action,
    entry.actorEmail,
    entry.customerId,
    entry.ip,
    entry.userAgent,
    entry.reason,
  ]);
}
