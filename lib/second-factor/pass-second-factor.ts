import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CurrentActor } from "@/lib/auth/current-actor";
import type { SecondFactorMethod } from "@/lib/auth/second-factor-state";
import { clearThrottleKey, releaseAttempt, reserveAttempt } from "@/lib/auth/throttle";
import { db } from "@/lib/db/client";
import { fieldError, refError } from "@/lib/i18n/ref-errors";

/** Records on the session when and how it passed the second factor (read on every request). */
export async function markSessionPassed(sessionId: string, method: SecondFactorMethod): Promise<void> {
  await db.staffSession.update({
    where: { id: sessionId },
    data: { secondFactorAt: new Date(), secondFactorMethod: method, webauthnChallenge: null },
  });
}

function throttleKeysFor(actor: CurrentActor): string[] {
  // The account's own second-factor counter, plus the IP counter the password shares: guessing
  // codes and guessing passwords from one address add up.
  return [`second-factor:${actor.id}`, ...(actor.ip ? [`ip:${actor.ip}`] : [])];
}

/**
 * Runs one second-factor attempt under the same back-off as passwords: reserved (counted) before the
 * check and refused while locked, audited when wrong, and on success recorded on the session and audited.
 */
export async function attemptSecondFactor(
  actor: CurrentActor,
  method: SecondFactorMethod,
  check: () => Promise<boolean>,
  field = "code",
): Promise<void> {
  const keys = throttleKeysFor(actor);
  // Reserved before the code is checked, as passwords are: parallel guesses can't outrun the counter.
  if (!(await reserveAttempt(keys))) {
    await recordAudit({ action: "auth.secondFactor.failure", actor, reason: `${method}: throttled` });
    throw refError("rate_limited", "errors.secondFactor.tooManyAttempts");
  }
  if (!(await check())) {
    await recordAudit({ action: "auth.secondFactor.failure", actor, reason: method });
    throw fieldError(
      field,
      method === "passkey" ? "errors.secondFactor.wrongPasskey" : "errors.secondFactor.wrongCode",
    );
  }
  await clearThrottleKey(keys[0]!);
  if (actor.ip) await releaseAttempt(`ip:${actor.ip}`);
  await markSessionPassed(actor.sessionId, method);
  await recordAudit({ action: "auth.secondFactor.success", actor, reason: method });
}
