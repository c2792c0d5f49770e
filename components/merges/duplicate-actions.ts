"use server";

import { staffAction } from "@/lib/api/staff-action";
import { dismissDuplicateSuggestion } from "@/lib/identity/list-duplicate-suggestions";
import { mergeCustomers } from "@/lib/identity/merge-customers";
import { previewMerge } from "@/lib/identity/preview-merge";

// Nothing is revalidated: revalidatePath in an action also re-renders the page it was called from,
// which would drop the reviewed card before its outcome shows. The card stays, showing its outcome,
// until the reviewer reloads (a stale card that is acted on answers "No such customer"), and
// /admin/merges is rendered per request anyway.

export const previewMergeAction = staffAction("customers.merge", (actor, input: unknown) =>
  previewMerge(actor, input),
);

export const mergeCustomersAction = staffAction("customers.merge", async (actor, input: unknown) => {
  return mergeCustomers(actor, input);
});

export const dismissSuggestionAction = staffAction("customers.merge", async (actor, id: unknown) => {
  await dismissDuplicateSuggestion(actor, id);
});
