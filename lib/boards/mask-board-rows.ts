import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { maskDeep } from "@/lib/privacy/mask-deep";

/**
 * A board's rows as the actor may receive them. Names, references, room types, product lines and
 * badge texts all come from source systems, so for a role without personal-data access every text
 * in them is masked (today every role with a board may see personal data; roles are data).
 */
export function maskedFor<T>(actor: Actor, rows: T[]): T[] {
  return can(actor.role, "customer.viewPersonalData") ? rows : maskDeep(rows);
}
