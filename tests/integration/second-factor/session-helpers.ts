// A real staff user with a real StaffSession, loaded the way every request loads it, so tests see
// the second-factor state the guards see.
import type { Role } from "@/lib/auth/permissions";
import { loadSessionActor, type SessionActor } from "@/lib/auth/load-session-actor";
import { startSession } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { createActor } from "../../factories/actor-factory";

export const INFO = { ip: null, userAgent: "vitest" };

export async function signedInSession(role: Role): Promise<SessionActor> {
  const user = await createActor(role);
  const sessionId = await startSession(user.id, 1, INFO);
  return reload(sessionId);
}

/** The actor of this session as the next request would see it. */
export async function reload(sessionId: string): Promise<SessionActor> {
  const actor = await loadSessionActor(sessionId, INFO);
  if (!actor) throw new Error("session no longer counts");
  return actor;
}

/** Moves the session's second-factor moment into the past (a step-up is then due). */
export async function ageSecondFactor(sessionId: string, minutes: number): Promise<void> {
  await db.staffSession.update({
    where: { id: sessionId },
    data: { secondFactorAt: new Date(Date.now() - minutes * 60_000) },
  });
}
