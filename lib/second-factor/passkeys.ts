import "server-only";
import {
  generateRegistrationOptions,
  verifyRegistrationResponse,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CurrentActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { assertMayChangeFactors } from "./assert-may-change-factors";
import { afterEnrolment } from "./first-factor-enrolled";
import { relyingParty } from "./relying-party";
import { storeChallenge, takeChallenge } from "./webauthn-challenge";
import { fieldError } from "@/lib/i18n/ref-errors";
import { issueMessage } from "@/lib/i18n/message-ref";

const nameSchema = z
  .string()
  .trim()
  .min(1, { error: issueMessage("validation.secondFactor.passkeyName") })
  .max(60, { error: issueMessage("validation.common.atMostChars", { max: 60 }) });
const registerSchema = z.object({
  name: nameSchema,
  // The browser's RegistrationResponseJSON; @simplewebauthn/server checks every field of it.
  response: z.looseObject({
    id: z.string().min(1),
    type: z.literal("public-key"),
    response: z.looseObject({}),
  }),
});

export async function passkeyRegistrationOptions(actor: CurrentActor) {
  assertMayChangeFactors(actor);
  const { rpID } = await relyingParty();
  const existing = await db.staffPasskey.findMany({ where: { staffUserId: actor.id } });
  const options = await generateRegistrationOptions({
    rpName: "Gastvrij",
    rpID,
    userName: actor.email,
    userDisplayName: actor.name,
    userID: new TextEncoder().encode(actor.id),
    attestationType: "none",
    excludeCredentials: existing.map((key) => ({
      id: key.credentialId,
      transports: key.transports,
    })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
  });
  await storeChallenge(actor.sessionId, "register", options.challenge);
  return options;
}

export async function registerPasskey(actor: CurrentActor, input: unknown) {
  assertMayChangeFactors(actor);
  const { name, response } = parseInput(registerSchema, input);
  const challenge = await takeChallenge(actor.sessionId, "register");
  const { rpID, origin } = await relyingParty();
  const verification = challenge
    ? await verifyRegistrationResponse({
        response: response as unknown as RegistrationResponseJSON,
        expectedChallenge: challenge,
        expectedOrigin: origin,
        expectedRPID: rpID,
        requireUserVerification: false,
      }).catch(() => null)
    : null;
  if (!verification?.verified || !verification.registrationInfo) {
    throw fieldError("passkey", "errors.secondFactor.passkeyNotVerified");
  }
  const { credential } = verification.registrationInfo;
  await db.staffPasskey.create({
    data: {
      staffUserId: actor.id,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey),
      counter: credential.counter,
      transports: credential.transports ?? [],
      name,
    },
  });
  return afterEnrolment(actor, "passkey", { name });
}

export async function listPasskeys(actor: CurrentActor) {
  return db.staffPasskey.findMany({
    where: { staffUserId: actor.id },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
    orderBy: { createdAt: "asc" },
  });
}

export async function removePasskey(actor: CurrentActor, id: unknown): Promise<void> {
  assertMayChangeFactors(actor);
  const passkeyId = parseInput(z.uuid({ error: issueMessage("validation.secondFactor.unknownPasskey") }), id);
  const removed = await db.staffPasskey.deleteMany({ where: { id: passkeyId, staffUserId: actor.id } });
  if (removed.count === 0) throw new NotFoundError();
  await recordAudit({ action: "secondFactor.remove", actor, reason: "passkey", details: { passkeyId } });
}
