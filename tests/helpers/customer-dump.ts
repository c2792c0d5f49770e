// Every row that belongs to the given customers, as JSON text, for before/after comparisons.
import type pg from "pg";

const TABLES = [
  "JourneyEvent",
  "Booking",
  "Order",
  "ServiceCase",
  "Consent",
  "CustomerFact",
  "Identity",
  "CustomerLocation",
  "OutboundContact",
] as const;

export async function dumpCustomers(client: pg.ClientBase, ids: string[]): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {};
  const rows = async (sql: string) =>
    (await client.query<{ row: string }>(sql, [ids])).rows.map((r) => r.row).sort();
  dump.Customer = await rows(`SELECT to_jsonb(t)::text AS row FROM "Customer" t WHERE id = ANY($1::uuid[])`);
  for (const table of TABLES)
    dump[table] = await rows(
      `SELECT to_jsonb(t)::text AS row FROM "${table}" t WHERE "customerId" = ANY($1::uuid[])`,
    );
  dump.DuplicateSuggestion = await rows(
    `SELECT to_jsonb(t)::text AS row FROM "DuplicateSuggestion" t WHERE "customerAId" = ANY($1::uuid[]) OR "customerBId" = ANY($1::uuid[])`,
  );
  return dump;
}
