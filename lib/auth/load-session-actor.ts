import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "./actor";
import type { Role } from "./permissions";
import type { RequestInfo } from "./request-info";
import { IDLE_TIMEOUT_MS, TOUCH_INTERVAL_MS } from "./session-policy";

export interface SessionActor extends Actor {
  mustChangePassword: boolean;
}

/**
 * The actor behind a StaffSession id, or null when the session no longer counts: ended (sign-out),
 * idle over 30 minutes, older than 12 hours, user disabled, or password reset since (version bump).
 */
export async function loadSessionActor(
  sessionId: string,
  info: RequestInfo,
  now = new Date(),
): Promise<SessionActor | null> {
  const row = await db.staffSession.findUnique({
    where: { id: sessionId },
    include: { staffUser: { include: { locations: { select: { locationId: true } } } } },
  });
  const at = now.getTime();
  if (
    !row ||
    row.endedAt ||
    row.expiresAt.getTime() <= at ||
    row.lastSeenAt.getTime() <= at - IDLE_TIMEOUT_MS ||
    row.staffUser.isDisabled ||
    row.staffUser.sessionVersion !== row.sessionVersion
  ) {
    return null;
  }
  if (at - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.staffSession.update({ where: { id: row.id }, data: { lastSeenAt: now } });
  }
  const user = row.staffUser;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role as Role,
    locationIds: user.locations.map((location) => location.locationId),
    sessionId: row.id,
    mustChangePassword: user.mustChangePassword,
    ...info,
  };
}
