import { generateSecret, generateURI, verify } from "otplib";

// RFC 6238 with the settings every authenticator app understands: SHA-1, 6 digits, 30 s.
const PERIOD_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(email: string, secret: string): string {
  return generateURI({ issuer: "Gastvrij", label: email, secret });
}

/**
 * The time step a code belongs to, or null when it is wrong. One step either side of now counts
 * (clock drift), and a step at or before `lastUsedStep` is refused, so a code can't be replayed.
 */
export async function matchTotpStep(
  secret: string,
  code: string,
  lastUsedStep: number | null,
  now = Date.now(),
): Promise<number | null> {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(now / 1000),
    epochTolerance: PERIOD_SECONDS,
    ...(lastUsedStep === null ? {} : { afterTimeStep: lastUsedStep }),
  });
  // The TOTP strategy always reports the matched step; the union type also covers HOTP's result.
  return result.valid && "timeStep" in result ? result.timeStep : null;
}
