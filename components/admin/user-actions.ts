"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/api/staff-action";
import { requireRecentSecondFactor } from "@/lib/auth/step-up";
import {
  createStaffUser,
  resetStaffPassword,
  setStaffUserDisabled,
  updateStaffUser,
} from "@/lib/users/manage-staff-users";

const refresh = () => revalidatePath("/admin/users");

export const createUserAction = staffAction("users.manage", async (actor, input: unknown) => {
  const result = await createStaffUser(actor, input);
  refresh();
  return result;
});

export const updateUserAction = staffAction("users.manage", async (actor, input: unknown) => {
  // A role change is a step-up action; name and locations alone are not.
  await updateStaffUser(actor, input, { beforeRoleChange: () => requireRecentSecondFactor(actor) });
  refresh();
});

export const setUserDisabledAction = staffAction(
  "users.manage",
  async (actor, userId: string, isDisabled: boolean) => {
    if (isDisabled) requireRecentSecondFactor(actor);
    await setStaffUserDisabled(actor, String(userId), Boolean(isDisabled));
    refresh();
  },
);

export const resetPasswordAction = staffAction("users.manage", async (actor, input: unknown) => {
  await resetStaffPassword(actor, input);
  refresh();
});
