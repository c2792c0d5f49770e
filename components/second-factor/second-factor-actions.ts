"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/api/staff-action";
import { passkeyAuthenticationOptions, verifyPasskey } from "@/lib/second-factor/passkey-verify";
import { passkeyRegistrationOptions, registerPasskey, removePasskey } from "@/lib/second-factor/passkeys";
import { regenerateRecoveryCodes, verifyRecoveryCode } from "@/lib/second-factor/recovery";
import { confirmTotpEnrolment, removeTotp, startTotpEnrolment, verifyTotp } from "@/lib/second-factor/totp";

// Own-account security: these run for any signed-in staff member, also while the second factor is
// still owed (null action), because they are how it gets paid. Changing enrolled factors is itself
// a step-up action (lib/second-factor/assert-may-change-factors.ts).

const refresh = () => revalidatePath("/account/security");

export const passkeyRegistrationOptionsAction = staffAction(null, (actor) =>
  passkeyRegistrationOptions(actor),
);

export const registerPasskeyAction = staffAction(null, async (actor, input: unknown) => {
  const result = await registerPasskey(actor, input);
  refresh();
  return result;
});

export const removePasskeyAction = staffAction(null, async (actor, id: unknown) => {
  await removePasskey(actor, id);
  refresh();
});

export const passkeyAuthenticationOptionsAction = staffAction(null, (actor) =>
  passkeyAuthenticationOptions(actor),
);

export const verifyPasskeyAction = staffAction(null, (actor, response: unknown) =>
  verifyPasskey(actor, response),
);

export const startTotpEnrolmentAction = staffAction(null, (actor) => startTotpEnrolment(actor));

export const confirmTotpEnrolmentAction = staffAction(null, async (actor, input: unknown) => {
  const result = await confirmTotpEnrolment(actor, input);
  refresh();
  return result;
});

export const removeTotpAction = staffAction(null, async (actor) => {
  await removeTotp(actor);
  refresh();
});

export const verifyTotpAction = staffAction(null, (actor, input: unknown) => verifyTotp(actor, input));

export const verifyRecoveryCodeAction = staffAction(null, (actor, input: unknown) =>
  verifyRecoveryCode(actor, input),
);

export const regenerateRecoveryCodesAction = staffAction(null, async (actor) => {
  const codes = await regenerateRecoveryCodes(actor);
  refresh();
  return codes;
});
