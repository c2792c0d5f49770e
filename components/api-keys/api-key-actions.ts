"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/api/staff-action";
import { requireRecentSecondFactor } from "@/lib/auth/step-up";
import { createApiKey, renameApiKey, revokeApiKey } from "@/lib/api-keys/manage-api-keys";

const refresh = () => revalidatePath("/admin/api-keys");

/** Returns the key itself; the page shows it once and it is never retrievable again. */
export const createApiKeyAction = staffAction("apiKeys.manage", async (actor, input: unknown) => {
  requireRecentSecondFactor(actor);
  const created = await createApiKey(actor, input);
  refresh();
  return created;
});

export const renameApiKeyAction = staffAction("apiKeys.manage", async (actor, input: unknown) => {
  await renameApiKey(actor, input);
  refresh();
});

export const revokeApiKeyAction = staffAction("apiKeys.manage", async (actor, id: unknown) => {
  requireRecentSecondFactor(actor);
  await revokeApiKey(actor, id);
  refresh();
});
