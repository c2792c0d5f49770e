"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/api/staff-action";
import { requireRecentSecondFactor } from "@/lib/auth/step-up";
import { saveContactPolicy } from "@/lib/contact-policy/save-contact-policy";

/** Saves a new policy version; it is in force from the next eligibility check on. */
export const saveContactPolicyAction = staffAction("policy.manage", async (actor, input: unknown) => {
  requireRecentSecondFactor(actor);
  const saved = await saveContactPolicy(actor, input);
  revalidatePath("/admin/contact-policy");
  return saved;
});
