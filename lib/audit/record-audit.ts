import "server-only";
import { runStatement } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { uuidV7 } from "@/lib/db/uuid-v7";
import { PREPARED } from "@/lib/db/prepared-statements";
import type { AuditAction } from "./audit-actions";

/** Who acted, as any signed-in actor carries it (the writer stays below lib/auth). */
export interface AuditedActor {
  id: string;
  email: string;
  ip?: string | null;
  userAgent?: string | null;
}

export interface AuditInput {
  action: AuditAction;
  actor?: AuditedActor | null;
  /** For events without a signed-in actor (a failed sign-in names the email that was tried). */
  actorEmail?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  customerId?: string | null;
  reason?: string | null;
  details?: Prisma.InputJsonValue;
}

export async function recordAudit(input: AuditInput, client?: Prisma.TransactionClient): Promise<void> {
  // Raw rather than auditEntry.create: it runs on every profile view and search, and the ORM's
  // query building cost more than the insert. The same columns and defaults as the model.
  const userAgent = (input.actor?.userAgent ?? input.userAgent ?? null)?.slice(0, 500) ?? null;
  const details = input.details === undefined ? null : JSON.stringify(input.details);
  await runStatement(
    Prisma.sql`${PREPARED}
      INSERT INTO "AuditEntry" (id, "occurredAt", "actorId", "actorEmail", action, "customerId", ip, "userAgent", reason, details)
      VALUES (${uuidV7()}::uuid, ${new Date().toISOString()}::timestamp, ${input.actor?.id ?? null}::uuid,
        ${input.actor?.email ?? input.actorEmail ?? null}, ${input.action}, ${input.customerId ?? null}::uuid,
        ${input.actor?.ip ?? input.ip ?? null}, ${userAgent}, ${input.reason ?? null}, ${details}::jsonb)`,
    client,
  );
}
