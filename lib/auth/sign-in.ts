import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { verifyAgainstDummy, verifyPassword } from "./password";
import type { RequestInfo } from "./request-info";
import type { SecondFactorMethod } from "./second-factor-state";
import { ABSOLUTE_TIMEOUT_MS } from "./session-policy";
import { clearFailures, releaseAttempt, reserveAttempt, throttleKeys } from "./throttle";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  sessionId: string;
}

export async function startSession(
  userId: string,
  sessionVersion: number,
  info: RequestInfo,
  /** When the identity provider already asked for a second factor (OIDC amr), it counts. */
  secondFactor: SecondFactorMethod | null = null,
): Promise<string> {
  const session = await db.staffSession.create({
    data: {
      ...(secondFactor ? { secondFactorAt: new Date(), secondFactorMethod: secondFactor } : {}),
      staffUserId: userId,
      sessionVersion,
      expiresAt: new Date(Date.now() + ABSOLUTE_TIMEOUT_MS),
      ip: info.ip,
      userAgent: info.userAgent?.slice(0, 500) ?? null,
    },
  });
  await db.staffUser.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
  return session.id;
}

/**
 * Checks email and password under throttling. Returns null on any failure; callers show one
 * message for all of them so nobody learns whether an account exists.
 */
export async function signInWithPassword(raw: unknown, info: RequestInfo): Promise<SignedInUser | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, info.ip);
  // The attempt is counted before anything else: its failure needs no further write.
  const fail = async (reason: string) => {
    await recordAudit({ action: "auth.signIn.failure", actorEmail: email, ...info, reason });
    return null;
  };

  if (!(await reserveAttempt(keys))) {
    await recordAudit({ action: "auth.signIn.failure", actorEmail: email, ...info, reason: "throttled" });
    return null;
  }
  const user = await db.staffUser.findUnique({ where: { email } });
  if (!user?.passwordHash) {
    await verifyAgainstDummy(password);
    return fail("unknown account or no password");
  }
  if (!(await verifyPassword(user.passwordHash, password))) return fail("wrong password");
  if (user.isDisabled) return fail("account disabled");

  await clearFailures(email);
  if (info.ip) await releaseAttempt(`ip:${info.ip}`);
  const sessionId = await startSession(user.id, user.sessionVersion, info);
  await recordAudit({ action: "auth.signIn.success", actor: { id: user.id, email, ...info } });
  return { id: user.id, email: user.email, name: user.name, sessionId };
}
