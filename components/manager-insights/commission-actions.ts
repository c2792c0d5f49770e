"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/api/staff-action";
import { requireRecentSecondFactor } from "@/lib/auth/step-up";
import { saveCommissionRates } from "@/lib/insights/save-commission-rates";

/** Saves new commission rates as a version; the insights use them for stays from its start day. */
export const saveCommissionRatesAction = staffAction("policy.manage", async (actor, input: unknown) => {
  requireRecentSecondFactor(actor);
  const saved = await saveCommissionRates(actor, input);
  revalidatePath("/insights/commission");
  revalidatePath("/insights");
  return saved;
});
