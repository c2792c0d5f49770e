import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CurrentActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { assertMayChangeFactors } from "./assert-may-change-factors";
import { attemptSecondFactor } from "./pass-second-factor";
import { consumeRecoveryCode, replaceRecoveryCodes } from "./recovery-codes";

const recoverySchema = z.object({
  code: z.string({ error: "Enter a recovery code." }).trim().min(16, "Enter a recovery code.").max(40),
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
    throw new ValidationError("Set up a passkey or an authenticator app first.", [
      { path: "recoveryCodes", message: "No second factor yet." },
    ]);
  }
  const codes = await db.$transaction((tx) => replaceRecoveryCodes(actor.id, tx));
  await recordAudit({ action: "secondFactor.recoveryCodes", actor });
  return codes;
}
