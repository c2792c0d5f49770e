"use server";

import { staffAction } from "@/lib/api/staff-action";
import { isSecondFactorPending } from "@/lib/auth/second-factor-state";
import { AppError } from "@/lib/errors";
import { changeOwnPassword } from "@/lib/users/change-own-password";

export const changePasswordAction = staffAction(null, async (actor, input: unknown) => {
  // Open before the second factor only to replace an admin-issued temporary password: otherwise a
  // stolen password alone could change the password.
  if (isSecondFactorPending(actor.secondFactor) && !actor.mustChangePassword) {
    throw new AppError("second_factor_required");
  }
  await changeOwnPassword(actor, input);
});
