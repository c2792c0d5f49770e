import "server-only";
import QRCode from "qrcode";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CurrentActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { assertMayChangeFactors } from "./assert-may-change-factors";
import { afterEnrolment } from "./first-factor-enrolled";
import { attemptSecondFactor } from "./pass-second-factor";
import { openSealed, sealSecret } from "./seal";
import { matchTotpStep, newTotpSecret, totpUri } from "./totp-code";
import { issueMessage } from "@/lib/i18n/message-ref";
import { refusal } from "@/lib/i18n/ref-errors";

const codeSchema = z.object({
  code: z
    .string({ error: issueMessage("validation.secondFactor.totpCode") })
    .trim()
    .regex(/^\d{3}\s?\d{3}$/, { error: issueMessage("validation.secondFactor.totpCode") }),
});

/**
 * Starts (or restarts) authenticator-app enrolment: a new secret, stored sealed and unconfirmed.
 * The QR code and the secret are returned this once; they are never shown again.
 */
export async function startTotpEnrolment(actor: CurrentActor) {
  assertMayChangeFactors(actor);
  const existing = await db.staffTotp.findUnique({ where: { staffUserId: actor.id } });
  if (existing?.confirmedAt) {
    throw refusal("errors.secondFactor.totpExists", undefined, "totp");
  }
  const secret = newTotpSecret();
  const data = { secretSealed: sealSecret(secret), confirmedAt: null, lastUsedStep: null };
  await db.staffTotp.upsert({
    where: { staffUserId: actor.id },
    create: { staffUserId: actor.id, ...data },
    update: data,
  });
  const uri = totpUri(actor.email, secret);
  return { secret, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

/** Checks a code against the stored secret and, when right, stores its step so it can't be reused. */
async function acceptCode(userId: string, code: string, mustBeConfirmed: boolean): Promise<boolean> {
  const totp = await db.staffTotp.findUnique({ where: { staffUserId: userId } });
  if (!totp || Boolean(totp.confirmedAt) !== mustBeConfirmed) return false;
  const step = await matchTotpStep(openSealed(totp.secretSealed), code, totp.lastUsedStep);
  if (step === null) return false;
  // Conditional on the step we read: two requests racing with one code can't both win.
  const stored = await db.staffTotp.updateMany({
    where: { staffUserId: userId, lastUsedStep: totp.lastUsedStep },
    data: { lastUsedStep: step, ...(mustBeConfirmed ? {} : { confirmedAt: new Date() }) },
  });
  return stored.count === 1;
}

export async function confirmTotpEnrolment(actor: CurrentActor, input: unknown) {
  assertMayChangeFactors(actor);
  const { code } = parseInput(codeSchema, input);
  if (!(await db.staffTotp.findUnique({ where: { staffUserId: actor.id } }))) throw new NotFoundError();
  await attemptSecondFactor(actor, "totp", () => acceptCode(actor.id, code, false));
  return afterEnrolment(actor, "totp", {});
}

/** Passes the second factor for this session with an authenticator-app code. */
export async function verifyTotp(actor: CurrentActor, input: unknown): Promise<void> {
  const { code } = parseInput(codeSchema, input);
  await attemptSecondFactor(actor, "totp", () => acceptCode(actor.id, code, true));
}

export async function removeTotp(actor: CurrentActor): Promise<void> {
  assertMayChangeFactors(actor);
  const removed = await db.staffTotp.deleteMany({ where: { staffUserId: actor.id } });
  if (removed.count === 0) throw new NotFoundError();
  await recordAudit({ action: "secondFactor.remove", actor, reason: "totp" });
}
