import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { resetSecondFactorSchema } from "@/lib/validation/second-factor";
import { refusal } from "@/lib/i18n/ref-errors";

/**
 * An admin removes another user's passkeys, authenticator app and recovery codes (a lost phone),
 * with a reason. Their sessions end (version bump), so they enrol afresh at their next sign-in.
 * Nobody resets their own: that would let a stolen password bypass the factor.
 */
export async function resetSecondFactor(actor: Actor, input: unknown): Promise<void> {
  assertCan(actor, "users.manage");
  const { id, reason } = parseInput(resetSecondFactorSchema, input);
  if (id === actor.id) {
    throw refusal("errors.secondFactor.resetSelf", undefined, "id");
  }
  await db.$transaction(async (tx) => {
    const bumped = await tx.staffUser.updateMany({
      where: { id },
      data: { sessionVersion: { increment: 1 } },
    });
    if (bumped.count === 0) throw new NotFoundError();
    const passkeys = await tx.staffPasskey.deleteMany({ where: { staffUserId: id } });
    const totp = await tx.staffTotp.deleteMany({ where: { staffUserId: id } });
    await tx.staffRecoveryCode.deleteMany({ where: { staffUserId: id } });
    await tx.staffSession.updateMany({
      where: { staffUserId: id, endedAt: null },
      data: { endedAt: new Date() },
    });
    await recordAudit(
      {
        action: "secondFactor.reset",
        actor,
        reason,
        details: { userId: id, passkeysRemoved: passkeys.count, totpRemoved: totp.count > 0 },
      },
      tx,
    );
  });
}
