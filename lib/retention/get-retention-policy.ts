import "server-only";
import { db } from "@/lib/db/client";
import { DEFAULT_RETENTION, type RetentionSettings } from "@/lib/validation/retention";

export interface RetentionPolicyInForce extends RetentionSettings {
  /** 0 for the built-in defaults. */
  version: number;
  note: string | null;
  createdAt: Date | null;
  createdByName: string | null;
}

/** The highest version is in force; until the first save, the defaults. */
export async function getRetentionPolicy(): Promise<RetentionPolicyInForce> {
  const latest = await db.retentionPolicy.findFirst({
    orderBy: { version: "desc" },
    include: { createdBy: { select: { name: true } } },
  });
  if (!latest) return { ...DEFAULT_RETENTION, version: 0, note: null, createdAt: null, createdByName: null };
  return {
    eventDays: latest.eventDays,
    inactiveCustomerDays: latest.inactiveCustomerDays,
    auditDays: latest.auditDays,
    idempotencyDays: latest.idempotencyDays,
    version: latest.version,
    note: latest.note,
    createdAt: latest.createdAt,
    createdByName: latest.createdBy?.name ?? null,
  };
}
