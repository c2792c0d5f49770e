"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/api/staff-action";
import { undoMerge } from "@/lib/identity/merge-customers";

export const undoMergeAction = staffAction("merges.undo", async (actor, mergeId: unknown) => {
  await undoMerge(actor, mergeId);
  revalidatePath("/admin/merges");
  revalidatePath("/admin/duplicates");
});
