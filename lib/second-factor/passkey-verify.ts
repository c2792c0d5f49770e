import "server-only";
import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
} from "@simplewebauthn/server";
import { z } from "zod";
import type { CurrentActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { parseInput } from "@/lib/validation/parse";
import { attemptSecondFactor } from "./pass-second-factor";
import { relyingParty } from "./relying-party";
import { storeChallenge, takeChallenge } from "./webauthn-challenge";
import { refusal } from "@/lib/i18n/ref-errors";

const responseSchema = z.looseObject({
  id: z.string().min(1),
  type: z.literal("public-key"),
  response: z.looseObject({}),
});

/** A challenge for one of this user's own passkeys (never anyone else's). */
export async function passkeyAuthenticationOptions(actor: CurrentActor) {
  const passkeys = await db.staffPasskey.findMany({ where: { staffUserId: actor.id } });
  if (passkeys.length === 0) {
    throw refusal("errors.secondFactor.noPasskey", undefined, "passkey");
  }
  const { rpID } = await relyingParty();
  const options = await generateAuthenticationOptions({
    rpID,
    userVerification: "preferred",
    allowCredentials: passkeys.map((key) => ({
      id: key.credentialId,
      transports: key.transports,
    })),
  });
  await storeChallenge(actor.sessionId, "authenticate", options.challenge);
  return options;
}

/** Passes the second factor for this session with a passkey assertion. */
export async function verifyPasskey(actor: CurrentActor, input: unknown): Promise<void> {
  const response = parseInput(responseSchema, input) as unknown as AuthenticationResponseJSON;
  await attemptSecondFactor(
    actor,
    "passkey",
    async () => {
      const challenge = await takeChallenge(actor.sessionId, "authenticate");
      const passkey = await db.staffPasskey.findFirst({
        where: { credentialId: response.id, staffUserId: actor.id },
      });
      if (!challenge || !passkey) return false;
      const { rpID, origin } = await relyingParty();
      const result = await verifyAuthenticationResponse({
        response,
        expectedChallenge: challenge,
        expectedOrigin: origin,
        expectedRPID: rpID,
        requireUserVerification: false,
        credential: {
          id: passkey.credentialId,
          publicKey: new Uint8Array(passkey.publicKey),
          counter: Number(passkey.counter),
          transports: passkey.transports,
        },
      }).catch(() => null);
      if (!result?.verified) return false;
      await db.staffPasskey.update({
        where: { id: passkey.id },
        data: { counter: result.authenticationInfo.newCounter, lastUsedAt: new Date() },
      });
      return true;
    },
    "passkey",
  );
}
