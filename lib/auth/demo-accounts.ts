// The demo manager and admin of `npm start` may sign in without a second factor, so a first look at
// the app needs no phone. Only while demo accounts exist: a production start disables them and
// removes their passwords (scripts/lib/demo-data.ts), so this exemption can't open anything there.
export const SECOND_FACTOR_EXEMPT_DEMO_EMAILS: readonly string[] = [
  "manager@demo.gastvrij.nl",
  "admin@demo.gastvrij.nl",
];

export function isSecondFactorExemptDemo(email: string): boolean {
  return SECOND_FACTOR_EXEMPT_DEMO_EMAILS.includes(email.toLowerCase());
}
