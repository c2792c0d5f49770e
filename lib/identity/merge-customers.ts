import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { forgetContactBadges } from "@/lib/contact-pressure/contact-badge-cache";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { retryTransaction } from "@/lib/db/retry-transaction";
import { mergeCustomersSchema, mergeIdSchema } from "@/lib/validation/merges";
import { parseInput } from "@/lib/validation/parse";
import { assertCustomersInScope } from "@/lib/auth/customer-scope";
import { mergeInTransaction, MergeTargetMissingError } from "./merge-in-transaction";
import { undoMergeInTransaction } from "./undo-merge-in-transaction";
import { notFound } from "@/lib/i18n/ref-errors";

/** A reviewer's merge of two customers they may both see; recorded and undoable. */
export async function mergeCustomers(actor: Actor, input: unknown): Promise<{ mergeId: string }> {
  assertCan(actor, "customers.merge");
  const data = parseInput(mergeCustomersSchema, input);
  await assertCustomersInScope(actor, [data.survivorId, data.mergedId]);
  const mergeId = await retryTransaction(() =>
    db.$transaction(
      async (tx) => {
        const id = await mergeInTransaction(tx, { ...data, identityType: null, mergedById: actor.id }).catch(
          (error: unknown) => {
            throw error instanceof MergeTargetMissingError ? notFound("errors.notFound.customer") : error;
          },
        );
        await recordAudit(
          {
            action: "customer.merge",
            actor,
            customerId: data.survivorId,
            reason: data.reason,
            details: { mergeId: id, mergedId: data.mergedId },
          },
          tx,
        );
        return id;
      },
      { timeout: 60_000 },
    ),
  );
  forgetContactBadges([data.survivorId, data.mergedId]);
  return { mergeId };
}

/** Admins only: puts both customers back exactly as they were before the merge. */
export async function undoMerge(actor: Actor, input: unknown): Promise<void> {
  assertCan(actor, "merges.undo");
  const mergeId = parseInput(mergeIdSchema, input);
  const restored = await retryTransaction(() =>
    db.$transaction(
      async (tx) => {
        const { survivorId, mergedId } = await undoMergeInTransaction(tx, mergeId, actor.id);
        await recordAudit(
          { action: "customer.unmerge", actor, customerId: survivorId, details: { mergeId, mergedId } },
          tx,
        );
        return [survivorId, mergedId];
      },
      { timeout: 60_000 },
    ),
  );
  forgetContactBadges(restored);
}
