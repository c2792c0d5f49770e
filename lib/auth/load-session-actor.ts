import "server-only";
import { readRows, runStatement } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { PREPARED } from "@/lib/db/prepared-statements";
import type { StaffLocale } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";
import type { Role } from "./permissions";
import { isSecondFactorExemptDemo } from "./demo-accounts";
import type { RequestInfo } from "./request-info";
import type { SecondFactorMethod, SecondFactorState } from "./second-factor-state";
import { DEFAULT_SECOND_FACTOR_ROLES } from "./second-factor-roles";
import { IDLE_TIMEOUT_MS, TOUCH_INTERVAL_MS } from "./session-policy";

export interface SessionActor extends Actor {
  mustChangePassword: boolean;
  /** The interface language the staff member chose (Dutch unless they picked English). */
  locale: StaffLocale;
  secondFactor: SecondFactorState;
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
  locale: StaffLocale;
  locationIds: string[];
  secondFactorAt: Date | null;
  secondFactorMethod: SecondFactorMethod | null;
  roleRequiresSecondFactor: boolean;
  hasSecondFactor: boolean;
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
      u.locale::text AS locale,
      ARRAY(SELECT l."locationId"::text FROM "StaffLocation" l WHERE l."staffUserId" = u.id
            ORDER BY l."locationId") AS "locationIds",
      s."secondFactorAt", s."secondFactorMethod",
      u.role = ANY(COALESCE(
        (SELECT p."requiredRoles" FROM "SecondFactorPolicy" p ORDER BY p.version DESC LIMIT 1),
        ${DEFAULT_SECOND_FACTOR_ROLES as unknown as string[]}::"StaffRole"[])) AS "roleRequiresSecondFactor",
      (EXISTS (SELECT 1 FROM "StaffPasskey" k WHERE k."staffUserId" = u.id)
        OR EXISTS (SELECT 1 FROM "StaffTotp" t WHERE t."staffUserId" = u.id AND t."confirmedAt" IS NOT NULL))
        AS "hasSecondFactor"
    FROM "StaffSession" s JOIN "StaffUser" u ON u.id = s."staffUserId"
    WHERE s.id = ${sessionId}::uuid`);
  const at = now.getTime();
  if (!row || !sessionCounts(row, at)) return null;
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
    locale: row.locale,
    secondFactor: secondFactorState(row),
    ...info,
  };
}

/** The columns that decide whether a session still counts. */
export type SessionValidity = Pick<
  SessionRow,
  "endedAt" | "expiresAt" | "lastSeenAt" | "isDisabled" | "userVersion" | "sessionVersion"
>;

/**
 * Whether a session still counts at `at` (ms): not ended (sign-out), not idle over 30 minutes, not
 * older than 12 hours, user not disabled, no password reset or role change since (version bump).
 * Live board streams (lib/live/) apply the same rule.
 */
export function sessionCounts(row: SessionValidity, at: number): boolean {
  return (
    !row.endedAt &&
    row.expiresAt.getTime() > at &&
    row.lastSeenAt.getTime() > at - IDLE_TIMEOUT_MS &&
    !row.isDisabled &&
    row.userVersion === row.sessionVersion
  );
}

function secondFactorState(row: SessionRow): SecondFactorState {
  // A demo account that enrolled a factor uses it like anyone else; one without is let through.
  const isExempt = !row.hasSecondFactor && isSecondFactorExemptDemo(row.email);
  return {
    passedAt: row.secondFactorAt,
    method: row.secondFactorMethod,
    isRequired: !isExempt && (row.roleRequiresSecondFactor || row.hasSecondFactor),
    isEnrolled: row.hasSecondFactor,
    isExempt,
  };
}
