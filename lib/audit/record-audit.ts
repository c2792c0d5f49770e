import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_ACTIONS = [
  "auth.signIn.success",
  "auth.signIn.failure",
  "auth.signOut",
  "permission.denied",
  "customer.view",
  "customer.search",
  "customer.note",
  "customer.change",
  "audit.export",
  "user.create",
  "user.update",
  "user.disable",
  "user.enable",
  "user.resetPassword",
  "user.changePassword",
  "location.create",
  "location.update",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

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
