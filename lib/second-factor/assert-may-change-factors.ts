import "server-only";
import type { CurrentActor } from "@/lib/auth/current-actor";
import { requireRecentSecondFactor } from "@/lib/auth/step-up";

/**
 * Adding or removing a factor, or new recovery codes: with a factor already enrolled this is a
 * step-up action, so a stolen password can't swap in the thief's own authenticator. The very first
 * enrolment needs only the password (there is nothing else to ask for yet).
 */
export function assertMayChangeFactors(actor: CurrentActor): void {
  if (actor.secondFactor.isEnrolled) requireRecentSecondFactor(actor);
}
