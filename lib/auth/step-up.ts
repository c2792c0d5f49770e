import { AppError } from "@/lib/errors";
import { hasRecentSecondFactor, type SecondFactorState } from "./second-factor-state";

/**
 * Step-up for sensitive actions: the actor must have passed the second factor in the last 10
 * minutes. Call it in the server action or route handler of every such action, after the
 * permission check and before any write or export:
 *
 *   export const eraseCustomerAction = staffAction("privacy.manage", async (actor, id: unknown) => {
 *     requireRecentSecondFactor(actor);
 *     ...
 *   });
 *
 * The 403 it answers carries the code `step_up_required` (or `second_factor_enrolment_required`);
 * forms show it with a link to /account/security/verify, which sends the user back afterwards.
 */
export function requireRecentSecondFactor(
  actor: { secondFactor: SecondFactorState },
  now = Date.now(),
): void {
  if (hasRecentSecondFactor(actor.secondFactor, now)) return;
  if (!actor.secondFactor.isEnrolled) throw new AppError("second_factor_enrolment_required");
  throw new AppError("step_up_required");
}
