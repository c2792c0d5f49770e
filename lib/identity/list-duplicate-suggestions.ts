import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { parseInput } from "@/lib/validation/parse";
import { suggestionIdSchema } from "@/lib/validation/merges";
import { customerScopeWhere } from "@/lib/auth/customer-scope";
import { notFound } from "@/lib/i18n/ref-errors";

const SIDE = {
  select: {
    id: true,
    firstName: true,
    lastName: true,
    firstSeenAt: true,
    _count: { select: { events: true } },
  },
} as const;

/** Open "possible duplicate" pairs where the reviewer may see both customers, newest first. */
export async function listDuplicateSuggestions(actor: Actor) {
  assertCan(actor, "customers.merge");
  const scope = customerScopeWhere(actor);
  return db.duplicateSuggestion.findMany({
    where: { status: "open", customerA: scope, customerB: scope },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: {
      id: true,
      identityType: true,
      normalizedValue: true,
      createdAt: true,
      customerA: SIDE,
      customerB: SIDE,
    },
  });
}

export async function dismissDuplicateSuggestion(actor: Actor, input: unknown): Promise<void> {
  assertCan(actor, "customers.merge");
  const id = parseInput(suggestionIdSchema, input);
  const scope = customerScopeWhere(actor);
  await db.$transaction(async (tx) => {
    const result = await tx.duplicateSuggestion.updateMany({
      where: { id, status: "open", customerA: scope, customerB: scope },
      data: { status: "dismissed", resolvedAt: new Date(), resolvedById: actor.id },
    });
    if (result.count === 0) throw notFound("errors.notFound.suggestion");
    await recordAudit({ action: "duplicate.dismiss", actor, details: { suggestionId: id } }, tx);
  });
}
