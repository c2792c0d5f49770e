import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CurrentActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { parseInput } from "@/lib/validation/parse";
import { assertMayChangeFactors } from "./assert-may-change-factors";
import { attemptSecondFactor } from "./pass-second-factor";
import { consumeRecoveryCode, replaceRecoveryCodes } from "./recovery-codes";
import { refusal } from "@/lib/i18n/ref-errors";
import { issueMessage } from "@/lib/i18n/message-ref";

const recoverySchema = z.object({
  code: z
    .string({ error: issueMessage("validation.secondFactor.recoveryCode") })
    .trim()
    .min(16, { error: issueMessage("validation.secondFactor.recoveryCode") })
    .max(40),
});

/** Passes the second factor with a one-time recovery code (the code is used up). */
export async function verifyRecoveryCode(actor: CurrentActor, input: unknown): Promise<void> {
  const { code } = parseInput(recoverySchema, input);
  await attemptSecondFactor(actor, "recovery_code", () => consumeRecoveryCode(actor.id, code));
}

/** Ten new codes, shown once; every earlier code stops working. */
export async function regenerateRecoveryCodes(actor: CurrentActor): Promise<string[]> {
  assertMayChangeFactors(actor);
  if (!actor.secondFactor.isEnrolled) {
    throw refusal("errors.secondFactor.notEnrolled", undefined, "recoveryCodes");
  }
  const codes = await db.$transaction((tx) => replaceRecoveryCodes(actor.id, tx));
  await recordAudit({ action: "secondFactor.recoveryCodes", actor });
  return codes;
}
