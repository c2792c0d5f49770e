import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/permissions";
import type { SecondFactorState } from "@/lib/auth/second-factor-state";
import { db } from "@/lib/db/client";

/** A real staff user (audit entries reference it) acting with the given role and locations. */
export async function createActor(role: Role, locationIds: string[] = []): Promise<Actor> {
  const email = `${role}.${randomUUID().slice(0, 8)}@test.gastvrij.nl`;
  const user = await db.staffUser.create({
    data: {
      email,
      name: `Test ${role}`,
      role,
      locations: { create: locationIds.map((locationId) => ({ locationId })) },
    },
  });
  return {
    id: user.id,
    email,
    name: user.name,
    role,
    locationIds,
    sessionId: randomUUID(),
    ip: "127.0.0.1",
    userAgent: "vitest",
  };
}

/** A session that passed its second factor just now (step-up actions allowed). */
export function passedSecondFactor(): SecondFactorState {
  return { passedAt: new Date(), method: "passkey", isRequired: true, isEnrolled: true, isExempt: false };
}
