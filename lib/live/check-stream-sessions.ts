import "server-only";
import { sessionCounts, type SessionValidity } from "@/lib/auth/load-session-actor";
import { can, seesAllLocations, type Action, type Role } from "@/lib/auth/permissions";
import { IDLE_TIMEOUT_MS } from "@/lib/auth/session-policy";
import { readRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";

/** What an open stream was granted: this session may watch this location's board under this action. */
export interface StreamGrant {
  sessionId: string;
  action: Action;
  locationId: string;
}

interface Row extends SessionValidity {
  id: string;
  role: Role;
  locationIds: string[];
}

/**
 * For each session: null when it no longer counts, else when it must be looked at again at the
 * latest (idle or absolute expiry, ms) and whether it may still watch a given location's board.
 * One statement for any number of streams, on the primary: a sign-out just now must be seen.
 */
export async function checkStreamSessions(
  sessionIds: readonly string[],
  now = Date.now(),
): Promise<Map<string, { deadline: number; allows: (grant: StreamGrant) => boolean } | null>> {
  const result = new Map<string, { deadline: number; allows: (grant: StreamGrant) => boolean } | null>();
  if (sessionIds.length === 0) return result;
  const rows = await readRows<Row>(Prisma.sql`
    SELECT s.id::text, s."sessionVersion", s."expiresAt", s."lastSeenAt", s."endedAt",
      u.role::text AS role, u."isDisabled", u."sessionVersion" AS "userVersion",
      ARRAY(SELECT l."locationId"::text FROM "StaffLocation" l WHERE l."staffUserId" = u.id) AS "locationIds"
    FROM "StaffSession" s JOIN "StaffUser" u ON u.id = s."staffUserId"
    WHERE s.id = ANY(${[...new Set(sessionIds)]}::uuid[])`);
  for (const id of sessionIds) result.set(id, null);
  for (const row of rows) {
    if (!sessionCounts(row, now)) continue;
    const deadline = Math.min(row.expiresAt.getTime(), row.lastSeenAt.getTime() + IDLE_TIMEOUT_MS);
    result.set(row.id, {
      deadline,
      allows: (grant) =>
        can(row.role, grant.action) &&
        (seesAllLocations(row.role) || row.locationIds.includes(grant.locationId)),
    });
  }
  return result;
}
