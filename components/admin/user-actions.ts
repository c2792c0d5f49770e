"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/api/staff-action";
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
  await updateStaffUser(actor, input);
  refresh();
});

export const setUserDisabledAction = staffAction(
  "users.manage",
  async (actor, userId: string, isDisabled: boolean) => {
    await setStaffUserDisabled(actor, String(userId), Boolean(isDisabled));
    refresh();
  },
);

export const resetPasswordAction = staffAction("users.manage", async (actor, input: unknown) => {
  await resetStaffPassword(actor, input);
  refresh();
});
