import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { eraseCustomer } from "@/lib/privacy/erase-customer";
import { getRetentionPolicy } from "./get-retention-policy";

export interface RetentionCounts {
  events: number;
  customers: number;
  auditEntries: number;
  idempotencyRecords: number;
}

export interface RetentionOptions {
  /** The clock: tests and dry runs "as of" a date pass it. */
  now?: Date;
  isDryRun?: boolean;
  /** Rows per statement: each batch is its own short transaction, so no lock is held for long. */
  batchSize?: number;
  /** Inactive customers anonymised in this run at most (default: all); the next run continues. */
  maxCustomers?: number;
}

const DAY_MS = 86_400_000;
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);
// Columns are UTC timestamps without time zone; an ISO string cast to timestamp compares as such.
const ts = (date: Date) => date.toISOString();

async function inBatches(step: () => Promise<number>, batchSize: number): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await step();
    total += done;
    if (done < batchSize) return total;
  }
}

/**
 * Applies the retention policy in force: deletes events and idempotency records past their keeping
 * period, purges old audit entries through the one function the append-only trigger allows, and
 * anonymises customers inactive for longer than allowed (as an erasure without suppression: the
 * person did not object, so they may come back). A dry run only counts.
 */
export async function applyRetention(
  options: RetentionOptions = {},
): Promise<RetentionCounts & { policyVersion: number }> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 5_000;
  const policy = await getRetentionPolicy();
  const eventCutoff = daysBefore(now, policy.eventDays);
  const customerCutoff = daysBefore(now, policy.inactiveCustomerDays);
  const auditCutoff = daysBefore(now, policy.auditDays);
  const idempotencyCutoff = daysBefore(now, policy.idempotencyDays);
  const run = await db.retentionRun.create({
    data: { policyVersion: policy.version, isDryRun: options.isDryRun ?? false, startedAt: now },
  });

  const isInactive = Prisma.sql`"erasedAt" IS NULL
    AND ("lastSeenAt" < ${ts(customerCutoff)}::timestamp OR ("lastSeenAt" IS NULL AND "firstSeenAt" < ${ts(customerCutoff)}::timestamp))`;

  let counts: RetentionCounts;
  if (options.isDryRun) {
    const [row] = await db.$queryRaw<
      { events: number; customers: number; audit: number; idempotency: number }[]
    >`
      SELECT (SELECT count(*)::int FROM "Customer" WHERE ${isInactive}) AS customers,
        (SELECT count(*)::int FROM "JourneyEvent" WHERE "occurredAt" < ${ts(eventCutoff)}::timestamp) AS events,
        (SELECT count(*)::int FROM "AuditEntry" WHERE "occurredAt" < ${ts(auditCutoff)}::timestamp) AS audit,
        (SELECT count(*)::int FROM "IdempotencyRecord" WHERE "createdAt" < ${ts(idempotencyCutoff)}::timestamp) AS idempotency`;
    counts = {
      events: row!.events,
      customers: row!.customers,
      auditEntries: row!.audit,
      idempotencyRecords: row!.idempotency,
    };
  } else {
    // One customer per transaction, a page of ids at a time, until none is left (or the cap).
    const cap = options.maxCustomers ?? Number.POSITIVE_INFINITY;
    let customers = 0;
    while (customers < cap) {
      const page = await db.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Customer" WHERE ${isInactive} ORDER BY "lastSeenAt" NULLS FIRST LIMIT ${Math.min(1_000, cap - customers)}`;
      if (page.length === 0) break;
      for (const { id } of page) {
        try {
          await eraseCustomer(id, {
            reason: `Inactive since before ${customerCutoff.toISOString().slice(0, 10)} (retention policy v${policy.version})`,
            origin: "retention",
            inactiveBefore: customerCutoff,
          });
          customers++;
        } catch (error) {
          // Came back, or erased by someone else meanwhile: neither is retention's to erase.
          if (!(error instanceof NotFoundError)) throw error;
        }
      }
    }
    counts = {
      customers,
      events: await inBatches(
        () =>
          db.$executeRaw`DELETE FROM "JourneyEvent" WHERE id IN (SELECT id FROM "JourneyEvent" WHERE "occurredAt" < ${ts(eventCutoff)}::timestamp LIMIT ${batchSize})`,
        batchSize,
      ),
      idempotencyRecords: await inBatches(
        () =>
          db.$executeRaw`DELETE FROM "IdempotencyRecord" WHERE ctid IN (SELECT ctid FROM "IdempotencyRecord" WHERE "createdAt" < ${ts(idempotencyCutoff)}::timestamp LIMIT ${batchSize})`,
        batchSize,
      ),
      auditEntries: await inBatches(async () => {
        const [row] = await db.$queryRaw<
          { purged: number }[]
        >`SELECT "purge_audit_entries"(${ts(auditCutoff)}::timestamp, ${batchSize}::int) AS purged`;
        return row?.purged ?? 0;
      }, batchSize),
    };
    await recordAudit({
      action: "retention.run",
      actorEmail: "system:retention",
      details: { policyVersion: policy.version, ...counts },
    });
  }
  await db.retentionRun.update({
    where: { id: run.id },
    data: { finishedAt: new Date(), counts: { ...counts } },
  });
  return { ...counts, policyVersion: policy.version };
}
