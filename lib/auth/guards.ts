import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { recordAudit } from "@/lib/audit/record-audit";
import { can, type Action } from "./permissions";
import { isSecondFactorPending } from "./second-factor-state";
import { getCurrentActor, type CurrentActor } from "./current-actor";

/**
 * For pages: the signed-in actor, or a redirect to the login page. With an action, a signed-in
 * actor who may not perform it gets the 403 page and the denial is audited.
 */
export async function requirePageActor(
  action?: Action,
  options: { allowPasswordChange?: boolean; allowPendingSecondFactor?: boolean } = {},
): Promise<CurrentActor> {
  const actor = await getCurrentActor();
  if (!actor) redirect("/login");
  if (actor.mustChangePassword && !options.allowPasswordChange) redirect("/account/password");
  // A temporary password is replaced first; the second factor comes right after.
  const isChangingPassword = actor.mustChangePassword && options.allowPasswordChange;
  if (isSecondFactorPending(actor.secondFactor) && !options.allowPendingSecondFactor && !isChangingPassword) {
    if (!actor.secondFactor.isEnrolled) redirect("/account/security");
    const path = (await headers()).get("x-request-path");
    redirect(`/account/security/verify${path && path !== "/" ? `?next=${encodeURIComponent(path)}` : ""}`);
  }
  if (action && !can(actor.role, action)) {
    await recordAudit({ action: "permission.denied", actor, reason: action });
    forbidden();
  }
  return actor;
}
