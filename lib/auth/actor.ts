import { ForbiddenError } from "@/lib/errors";
import { can, seesAllLocations, type Action, type Role } from "./permissions";

/** The signed-in staff member on whose behalf a data function runs. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  locationIds: string[];
  sessionId: string;
  ip: string | null;
  userAgent: string | null;
}

export function assertCan(actor: Actor, action: Action): void {
  if (!can(actor.role, action)) throw new ForbiddenError();
}

/** null means "all locations" (admins); otherwise the ids the actor may see. */
export function locationScope(actor: Actor): string[] | null {
  return seesAllLocations(actor.role) ? null : actor.locationIds;
}
