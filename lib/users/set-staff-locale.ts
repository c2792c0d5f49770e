import "server-only";
import type { UiLocale } from "@/i18n/locales";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { staffLocaleSchema } from "@/lib/validation/users";

/**
 * Sets the interface language of a staff account: only the staff member's own (admins set a new
 * account's language when they create it, never someone's choice afterwards).
 */
export async function setStaffLocale(actor: Actor, staffUserId: string, input: unknown): Promise<UiLocale> {
  if (staffUserId !== actor.id) throw new ForbiddenError();
  const { locale } = parseInput(staffLocaleSchema, input);
  await db.staffUser.update({ where: { id: actor.id }, data: { locale } });
  return locale;
}
