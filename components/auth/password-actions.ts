"use server";

import { staffAction } from "@/lib/api/staff-action";
import { changeOwnPassword } from "@/lib/users/change-own-password";

export const changePasswordAction = staffAction(null, async (actor, input: unknown) => {
  await changeOwnPassword(actor, input);
});
