import "server-only";
import type { CurrentActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { listPasskeys } from "./passkeys";
import { countUnusedRecoveryCodes } from "./recovery-codes";

/** What the security page shows: the user's passkeys, authenticator app and recovery codes left. */
export async function getEnrolledFactors(actor: CurrentActor) {
  const [passkeys, totp, recoveryCodesLeft] = await Promise.all([
    listPasskeys(actor),
    db.staffTotp.findUnique({ where: { staffUserId: actor.id }, select: { confirmedAt: true } }),
    countUnusedRecoveryCodes(actor.id),
  ]);
  return {
    passkeys,
    hasTotp: Boolean(totp?.confirmedAt),
    totpSince: totp?.confirmedAt ?? null,
    recoveryCodesLeft,
  };
}
