"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/api/staff-action";
import { requireRecentSecondFactor } from "@/lib/auth/step-up";
import { resetSecondFactor } from "@/lib/second-factor/reset-second-factor";
import { saveSecondFactorPolicy } from "@/lib/second-factor/second-factor-policy";

/** Which roles must use a second factor: a new version, audited; a step-up action. */
export const saveSecondFactorPolicyAction = staffAction("users.manage", async (actor, input: unknown) => {
  requireRecentSecondFactor(actor);
  const saved = await saveSecondFactorPolicy(actor, input);
  revalidatePath("/admin/roles");
  return saved;
});

/** Removes another user's factors with a reason and ends their sessions; a step-up action. */
export const resetSecondFactorAction = staffAction("users.manage", async (actor, input: unknown) => {
  requireRecentSecondFactor(actor);
  await resetSecondFactor(actor, input);
  revalidatePath("/admin/users");
});
