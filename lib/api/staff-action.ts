import "server-only";
import { resolveUiLocale } from "@/lib/auth/ui-locale";
import { recordAudit } from "@/lib/audit/record-audit";
import { getCurrentActor, type CurrentActor } from "@/lib/auth/current-actor";
import { AppError, ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { actionFailure, type ActionFailure } from "./error-response";
import { can, type Action } from "@/lib/auth/permissions";
import { isSecondFactorPending } from "@/lib/auth/second-factor-state";
import { stickToPrimary } from "@/lib/db/read-routing";

export type ActionResult<T = undefined> = { ok: true; data: T } | ActionFailure;

/**
 * Wraps a server action: the same session and permission checks as staffRoute, and known errors
 * returned as data (a form can show them) rather than thrown into an error page.
 */
export function staffAction<TArgs extends unknown[], T>(
  action: Action | null,
  run: (actor: CurrentActor, ...args: TArgs) => Promise<T>,
) {
  return async (...args: TArgs): Promise<ActionResult<T>> => {
    try {
      const actor = await getCurrentActor();
      if (!actor) throw new UnauthorizedError();
      // A temporary password only opens the password change (the action without a permission).
      if (actor.mustChangePassword && action !== null) throw new AppError("password_change_required");
      // Likewise an owed second factor only opens its own enrolment and verification.
      if (isSecondFactorPending(actor.secondFactor) && action !== null) {
        throw new AppError("second_factor_required");
      }
      if (action && !can(actor.role, action)) {
        await recordAudit({ action: "permission.denied", actor, reason: action });
        throw new ForbiddenError();
      }
      const data = await run(actor, ...args);
      // This browser's next reads must see what it just wrote, on whichever app server (read replica).
      await stickToPrimary();
      return { ok: true, data };
    } catch (error) {
      return actionFailure(error, await resolveUiLocale());
    }
  };
}
