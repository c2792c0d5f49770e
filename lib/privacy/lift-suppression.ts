import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { liftSuppressionInputSchema } from "@/lib/validation/privacy";
import { parseInput } from "@/lib/validation/parse";
import { notFound } from "@/lib/i18n/ref-errors";

/**
 * Lets an erased identifier in again (the person came back as a customer and asked to be known).
 * The hash row stays, marked lifted with who, when and why; a new erasure suppresses it again.
 */
export async function liftSuppression(actor: Actor, input: unknown): Promise<void> {
  assertCan(actor, "privacy.manage");
  const { suppressionId, reason } = parseInput(liftSuppressionInputSchema, input);
  const lifted = await db.suppression.updateMany({
    where: { id: suppressionId, liftedAt: null },
    data: { liftedAt: new Date(), liftedById: actor.id, liftReason: reason },
  });
  if (lifted.count === 0) throw notFound("errors.notFound.suppression");
  await recordAudit({ action: "suppression.lift", actor, reason, details: { suppressionId } });
}
