import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "./audit-actions";

export interface AuditInput {
  action: AuditAction;
  actor?: Pick<Actor, "id" | "email" | "ip" | "userAgent"> | null;
  /** For events without a signed-in actor (a failed sign-in names the email that was tried). */
  actorEmail?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  customerId?: string | null;
  reason?: string | null;
  details?: Prisma.InputJsonValue;
}

export async function recordAudit(input: AuditInput, client: Prisma.TransactionClient = db): Promise<void> {
  await client.auditEntry.create({
    data: {
      action: input.action,
      actorId: input.actor?.id ?? null,
      actorEmail: input.actor?.email ?? input.actorEmail ?? null,
      ip: input.actor?.ip ?? input.ip ?? null,
      userAgent: (input.actor?.userAgent ?? input.userAgent ?? null)?.slice(0, 500) ?? null,
      customerId: input.customerId ?? null,
      reason: input.reason ?? null,
      details: input.details,
    },
  });
}
