import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { customerVisibleTo } from "@/lib/auth/customer-scope";
import { readRows } from "@/lib/db/read-rows";
import { customerName, UNNAMED_CUSTOMER } from "@/lib/format/names";
import { Prisma } from "@/lib/generated/prisma/client";
import { foldForSearch } from "@/lib/validation/normalize-identifier";
import { maskName } from "@/lib/privacy/mask";
import { refusal } from "@/lib/i18n/ref-errors";

// The customers behind audit entries, by name: the log shows who an entry is about rather than a
// cut-off id, and can be filtered by a customer's name. Only customers the actor may see are named
// or found; for roles without personal-data access the name is reduced to initials.

/** A name filter that matches more customers than this asks for more of the name instead. */
export const MAX_NAME_MATCHES = 1000;

export type AuditCustomer = { id: string; name: string; isVisible: boolean };

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Ids of the visible customers whose name contains `name` (accents and case ignored; trigram index). */
export async function findAuditCustomerIds(actor: Actor, name: string): Promise<string[]> {
  const folded = foldForSearch(name);
  if (folded.length < 2) throw refusal("errors.audit.nameTooShort", undefined, "customer");
  const rows = await readRows<{ id: string }>(Prisma.sql`
    SELECT c.id FROM "Customer" c
    WHERE c."searchName" LIKE ${likePattern(folded)} AND ${customerVisibleTo(actor, Prisma.sql`c.id`)}
    LIMIT ${MAX_NAME_MATCHES + 1}`);
  if (rows.length > MAX_NAME_MATCHES)
    throw refusal("errors.audit.tooManyNames", { max: MAX_NAME_MATCHES }, "customer");
  return rows.map((row) => row.id);
}

/** Names of the customers of a page of entries, by id; customers the actor may not see stay unnamed. */
export async function nameAuditCustomers(actor: Actor, ids: string[]): Promise<Map<string, AuditCustomer>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await readRows<{ id: string; firstName: string | null; lastName: string | null }>(Prisma.sql`
    SELECT c.id, c."firstName", c."lastName" FROM "Customer" c
    WHERE c.id = ANY(${unique}::uuid[]) AND ${customerVisibleTo(actor, Prisma.sql`c.id`)}`);
  const isMasked = !can(actor.role, "customer.viewPersonalData");
  return new Map(
    rows.map((row) => {
      const name = customerName(row);
      const shown = name === null ? UNNAMED_CUSTOMER : isMasked ? maskName(name) : name;
      return [row.id, { id: row.id, name: shown, isVisible: true }];
    }),
  );
}
