// Matrix entries for the second factor (issue 19). Own-account actions are open to every signed-in
// role (their outcome is the one a caller with no factor of that kind gets); the admin ones need
// "users.manage". Entries run in this order, per caller: start → confirm → remove TOTP.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Caller, MatrixContext, MatrixEntry } from "./authorization-matrix.entries";
import { type ActionResultLike } from "./authorization-matrix.expect";

const FILE = "action components/second-factor/second-factor-actions.ts";
const ADMIN_FILE = "action components/admin/second-factor-admin-actions.ts";

const signedIn = (status: number): Record<Caller, number> => ({
  anonymous: 401,
  intern: status,
  receptionist: status,
  store_staff: status,
  manager: status,
  admin: status,
});
const adminOnly: Record<Caller, number> = { ...signedIn(403), admin: 200 };

async function call(name: string, ...args: unknown[]): Promise<number> {
  const actions = (await import("@/components/second-factor/second-factor-actions")) as unknown as Record<
    string,
    (...a: unknown[]) => Promise<ActionResultLike>
  >;
  const result = await actions[name]!(...args);
  return result.ok ? 200 : result.status;
}
async function callAdmin(name: string, ...args: unknown[]): Promise<number> {
  const actions = (await import("@/components/admin/second-factor-admin-actions")) as unknown as Record<
    string,
    (...a: unknown[]) => Promise<ActionResultLike>
  >;
  const result = await actions[name]!(...args);
  return result.ok ? 200 : result.status;
}

const FAKE_ASSERTION = { id: "bm90LWEta2V5", type: "public-key", response: {} };

export const SECOND_FACTOR_MATRIX: Record<string, MatrixEntry> = {
  [`${FILE}#passkeyRegistrationOptionsAction`]: {
    expect: signedIn(200),
    call: () => call("passkeyRegistrationOptionsAction"),
  },
  // No registration ceremony was answered by a real authenticator: refused, nothing stored.
  [`${FILE}#registerPasskeyAction`]: {
    expect: signedIn(400),
    call: () => call("registerPasskeyAction", { name: "Matrix key", response: FAKE_ASSERTION }),
  },
  [`${FILE}#removePasskeyAction`]: {
    expect: signedIn(404),
    call: () => call("removePasskeyAction", randomUUID()),
  },
  [`${FILE}#passkeyAuthenticationOptionsAction`]: {
    expect: signedIn(400),
    call: () => call("passkeyAuthenticationOptionsAction"),
  },
  [`${FILE}#verifyPasskeyAction`]: {
    expect: signedIn(400),
    call: () => call("verifyPasskeyAction", FAKE_ASSERTION),
  },
  [`${FILE}#startTotpEnrolmentAction`]: {
    expect: signedIn(200),
    call: () => call("startTotpEnrolmentAction"),
  },
  [`${FILE}#confirmTotpEnrolmentAction`]: {
    expect: signedIn(400),
    call: () => call("confirmTotpEnrolmentAction", { code: "abc" }),
  },
  [`${FILE}#removeTotpAction`]: { expect: signedIn(200), call: () => call("removeTotpAction") },
  [`${FILE}#verifyTotpAction`]: {
    expect: signedIn(400),
    call: () => call("verifyTotpAction", { code: "000000" }),
  },
  [`${FILE}#verifyRecoveryCodeAction`]: {
    expect: signedIn(400),
    call: () => call("verifyRecoveryCodeAction", { code: "AAAA-BBBB-CCCC-DDDD" }),
  },
  [`${FILE}#regenerateRecoveryCodesAction`]: {
    expect: signedIn(200),
    call: () => call("regenerateRecoveryCodesAction"),
  },
  [`${ADMIN_FILE}#saveSecondFactorPolicyAction`]: {
    expect: adminOnly,
    call: async () => {
      // Alternate, so each save is a real change.
      const isEven = (await db.secondFactorPolicy.count()) % 2 === 0;
      return callAdmin("saveSecondFactorPolicyAction", {
        requiredRoles: isEven ? ["manager", "admin", "receptionist"] : ["manager", "admin"],
        note: "Authorization matrix",
      });
    },
  },
  [`${ADMIN_FILE}#resetSecondFactorAction`]: {
    expect: adminOnly,
    call: ({ targetUserId }: MatrixContext) =>
      callAdmin("resetSecondFactorAction", { id: targetUserId, reason: "Authorization matrix" }),
  },
};
