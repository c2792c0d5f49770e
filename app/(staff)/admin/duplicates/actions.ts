"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/api/staff-action";
import { dismissDuplicateSuggestion } from "@/lib/identity/list-duplicate-suggestions";
import { mergeCustomers } from "@/lib/identity/merge-customers";
import { previewMerge } from "@/lib/identity/preview-merge";

// The duplicates list is not revalidated: the reviewed card stays, showing its outcome, until the
// reviewer reloads; a stale card that is acted on answers "No such customer".
const refresh = () => revalidatePath("/admin/merges");

export const previewMergeAction = staffAction("customers.merge", (actor, input: unknown) =>
  previewMerge(actor, input),
);

export const mergeCustomersAction = staffAction("customers.merge", async (actor, input: unknown) => {
  const result = await mergeCustomers(actor, input);
  refresh();
  return result;
});

export const dismissSuggestionAction = staffAction("customers.merge", async (actor, id: unknown) => {
  await dismissDuplicateSuggestion(actor, id);
  refresh();
});
