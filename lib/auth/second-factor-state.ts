// Where a session stands with the second factor. Pure, so guards, pages and tests share one reading.

/** Step-up actions (exports, erasure, API keys, roles, policies) want the factor this recent. */
export const STEP_UP_WINDOW_MS = 10 * 60 * 1000;

export const SECOND_FACTOR_METHODS = ["passkey", "totp", "recovery_code", "oidc"] as const;
export type SecondFactorMethod = (typeof SECOND_FACTOR_METHODS)[number];

export interface SecondFactorState {
  /** When this session last passed the second factor; null until it does. */
  passedAt: Date | null;
  method: SecondFactorMethod | null;
  /** The user's role must use one (admin setting), or the user enrolled one; false when exempt. */
  isRequired: boolean;
  /** A confirmed authenticator app or at least one passkey. */
  isEnrolled: boolean;
  /** The demo manager and admin, only while demo accounts exist (never in production). */
  isExempt: boolean;
}

/** Signed in with the password, but the second factor (or its enrolment) is still owed. */
export function isSecondFactorPending(state: SecondFactorState): boolean {
  return state.isRequired && !state.passedAt;
}

export function hasRecentSecondFactor(state: SecondFactorState, now = Date.now()): boolean {
  if (state.isExempt) return true;
  return state.passedAt !== null && now - state.passedAt.getTime() <= STEP_UP_WINDOW_MS;
}
