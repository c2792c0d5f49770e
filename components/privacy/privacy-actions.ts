"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/api/staff-action";
import { requireRecentSecondFactor } from "@/lib/auth/step-up";
import { eraseByStaff } from "@/lib/privacy/erase-by-staff";
import { liftSuppression } from "@/lib/privacy/lift-suppression";
import { completePrivacyRequest, logPrivacyRequest } from "@/lib/privacy/manage-privacy-requests";
import { saveRetentionPolicy } from "@/lib/retention/save-retention-policy";

/** Erases a customer after the admin confirmed with a reason; answers the pseudonym. */
export const eraseCustomerAction = staffAction("customer.erase", async (actor, input: unknown) => {
  requireRecentSecondFactor(actor);
  const result = await eraseByStaff(actor, input);
  revalidatePath("/admin/privacy");
  return { pseudonym: result.pseudonym, durationMs: result.durationMs };
});

export const liftSuppressionAction = staffAction("privacy.manage", async (actor, input: unknown) => {
  await liftSuppression(actor, input);
  revalidatePath("/admin/privacy");
});

export const saveRetentionPolicyAction = staffAction("privacy.manage", async (actor, input: unknown) => {
  requireRecentSecondFactor(actor);
  const saved = await saveRetentionPolicy(actor, input);
  revalidatePath("/admin/privacy");
  return saved;
});

export const logPrivacyRequestAction = staffAction("privacy.manage", async (actor, input: unknown) => {
  const logged = await logPrivacyRequest(actor, input);
  revalidatePath("/admin/privacy");
  return logged;
});

export const completePrivacyRequestAction = staffAction("privacy.manage", async (actor, input: unknown) => {
  await completePrivacyRequest(actor, input);
  revalidatePath("/admin/privacy");
});
