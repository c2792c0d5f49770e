import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CurrentActor } from "@/lib/auth/current-actor";
import type { SecondFactorMethod } from "@/lib/auth/second-factor-state";
import { db } from "@/lib/db/client";
import { markSessionPassed } from "./pass-second-factor";
import { replaceRecoveryCodes } from "./recovery-codes";

/**
 * After a factor is enrolled: audited, and the session counts as passed (the user just proved they
 * hold it). The first factor also brings ten recovery codes, returned once to show.
 */
export async function afterEnrolment(
  actor: CurrentActor,
  method: SecondFactorMethod,
  details: Record<string, string>,
): Promise<{ recoveryCodes: string[] | null }> {
  const hasCodes = (await db.staffRecoveryCode.count({ where: { staffUserId: actor.id } })) > 0;
  const recoveryCodes = hasCodes ? null : await db.$transaction((tx) => replaceRecoveryCodes(actor.id, tx));
  await markSessionPassed(actor.sessionId, method);
  await recordAudit({ action: "secondFactor.enrol", actor, reason: method, details });
  return { recoveryCodes };
}
