"use server";

import { staffAction } from "@/lib/api/staff-action";
import { rememberLocale } from "@/lib/i18n/remember-locale";
import { setStaffLocale } from "@/lib/users/set-staff-locale";

// Own-account settings: any signed-in staff member, for their own account only.

export const setOwnLocaleAction = staffAction(null, async (actor, input: unknown) => {
  const locale = await setStaffLocale(actor, actor.id, input);
  // The login page after signing out speaks it too.
  await rememberLocale(locale);
  return locale;
});
