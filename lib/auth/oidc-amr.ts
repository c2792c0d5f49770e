/**
 * Whether an ID token's `amr` claim (RFC 8176: "pwd", "mfa", "hwk", "otp" …) names one of the
 * configured methods. With nothing configured, single sign-on never counts as a second factor.
 */
export function amrCountsAsSecondFactor(amr: unknown, accepted: readonly string[]): boolean {
  if (accepted.length === 0 || !Array.isArray(amr)) return false;
  return amr.some((value) => typeof value === "string" && accepted.includes(value));
}
