import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { logPrivacyRequestSchema, privacyRequestIdSchema } from "@/lib/validation/privacy";
import { parseInput } from "@/lib/validation/parse";
import { dueDateFor } from "./request-deadline";
import { notFound } from "@/lib/i18n/ref-errors";

/** A request that reached staff by mail, phone or at the desk: logged so its deadline is watched. */
export async function logPrivacyRequest(actor: Actor, input: unknown): Promise<{ id: string }> {
  assertCan(actor, "privacy.manage");
  const { customerId, type, receivedOn, note } = parseInput(logPrivacyRequestSchema, input);
  const customer = await db.customer.findFirst({
    where: { id: customerId, erasedAt: null },
    select: { id: true },
  });
  if (!customer) throw notFound("errors.notFound.customerOrErased");
  const receivedAt = new Date(`${receivedOn}T12:00:00Z`);
  const request = await db.privacyRequest.create({
    data: {
      type,
      customerId,
      requestedVia: "staff",
      requestedById: actor.id,
      reason: note ?? null,
      dueAt: dueDateFor(receivedAt),
      createdAt: receivedAt,
    },
  });
  await recordAudit({
    action: "privacy.request",
    actor,
    customerId,
    details: { requestId: request.id, type },
  });
  return { id: request.id };
}

/** An access request answered outside the API (the export was sent): closed by hand. */
export async function completePrivacyRequest(actor: Actor, input: unknown): Promise<void> {
  assertCan(actor, "privacy.manage");
  const { requestId } = parseInput(privacyRequestIdSchema, input);
  const done = await db.privacyRequest.updateMany({
    where: { id: requestId, status: "open", type: "access" },
    data: { status: "completed", completedAt: new Date() },
  });
  if (done.count === 0) throw notFound("errors.notFound.accessRequest");
}
