import "server-only";
import { readRows, runStatement } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { PREPARED } from "@/lib/db/prepared-statements";
import type { Actor } from "./actor";
import type { Role } from "./permissions";
import type { RequestInfo } from "./request-info";
import { IDLE_TIMEOUT_MS, TOUCH_INTERVAL_MS } from "./session-policy";

export interface SessionActor extends Actor {
  mustChangePassword: boolean;
}

interface SessionRow {
  id: string;
  sessionVersion: number;
  expiresAt: Date;
  lastSeenAt: Date;
  endedAt: Date | null;
  userId: string;
  email: string;
  name: string;
  role: Role;
  isDisabled: boolean;
  userVersion: number;
  mustChangePassword: boolean;
  locationIds: string[];
}

/**
 * The actor behind a StaffSession id, or null when the session no longer counts: ended (sign-out),
 * idle over 30 minutes, older than 12 hours, user disabled, or password reset since (version bump).
 * Every staff request runs this, so it is one prepared statement.
 */
export async function loadSessionActor(
  sessionId: string,
  info: RequestInfo,
  now = new Date(),
): Promise<SessionActor | null> {
  const [row] = await readRows<SessionRow>(Prisma.sql`${PREPARED}
    SELECT s.id::text, s."sessionVersion", s."expiresAt", s."lastSeenAt", s."endedAt",
      u.id::text AS "userId", u.email, u.name, u.role::text AS role, u."isDisabled",
      u."sessionVersion" AS "userVersion", u."mustChangePassword",
      ARRAY(SELECT l."locationId"::text FROM "StaffLocation" l WHERE l."staffUserId" = u.id
            ORDER BY l."locationId") AS "locationIds"
    FROM "StaffSession" s JOIN "StaffUser" u ON u.id = s."staffUserId"
    WHERE s.id = ${sessionId}::uuid`);
  const at = now.getTime();
  if (
    !row ||
    row.endedAt ||
    row.expiresAt.getTime() <= at ||
    row.lastSeenAt.getTime() <= at - IDLE_TIMEOUT_MS ||
    row.isDisabled ||
    row.userVersion !== row.sessionVersion
  ) {
    return null;
  }
  if (at - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await runStatement(Prisma.sql`${PREPARED}
      UPDATE "StaffSession" SET "lastSeenAt" = ${now} WHERE id = ${row.id}::uuid`);
  }
  return {
    id: row.userId,
    email: row.email,
    name: row.name,
    role: row.role,
    locationIds: row.locationIds,
    sessionId: row.id,
    mustChangePassword: row.mustChangePassword,
    ...info,
  };
}
