import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Prisma, type Customer } from "@/lib/generated/prisma/client";
import { maskEmail } from "@/lib/privacy/mask";
import { maskDeep } from "@/lib/privacy/mask-deep";
import {
  CUSTOMER_PAGE_SIZE,
  encodeCustomerCursor,
  listCustomersInput,
  type CustomerCursor,
  type ListCustomersInput,
} from "@/lib/validation/customers";
import { customerVisibleTo } from "@/lib/auth/customer-scope";
import { CUSTOMER_SORT, rangesAfter } from "./customer-keyset";
import { searchCustomers, type CustomerSearchResult, type SearchMatch } from "@/lib/search/search-customers";

export type CustomerListRow = Pick<
  Customer,
  "id" | "firstName" | "lastName" | "preferredName" | "city" | "lastSeenAt" | "firstTouchChannel"
> & {
  /** The customer's first recorded email address. */
  email: string | null;
  /** What a search matched on; null when browsing. */
  match: SearchMatch | null;
};

export type CustomerListPage = {
  rows: CustomerListRow[];
  /** Pass as `after` to get the next page; null on the last page and for searches. */
  nextCursor: string | null;
  /** The search as applied (trimmed), or null when browsing everyone. */
  query: string | null;
  isFirstPage: boolean;
  /** A search found more customers than it shows: typing more of the name narrows them down. */
  hasMore: boolean;
  /** Why a search looked nothing up (half an email address, one letter). */
  problem: CustomerSearchResult["problem"];
};

const COLUMNS = Prisma.sql`id, "firstName", "lastName", "preferredName", city, "lastSeenAt", "firstTouchChannel"`;

/** Browsing everyone: each range after the cursor is its own index scan, merged and cut to size. */
function browseQuery(visible: Prisma.Sql, after: CustomerCursor | undefined, take: number): Prisma.Sql {
  if (!after) {
    return Prisma.sql`SELECT ${COLUMNS} FROM "Customer" WHERE ${visible} ORDER BY ${CUSTOMER_SORT} LIMIT ${take}`;
  }
  const branches = rangesAfter(after).map(
    (range) =>
      Prisma.sql`(SELECT ${COLUMNS} FROM "Customer" WHERE ${range} AND ${visible} ORDER BY ${CUSTOMER_SORT} LIMIT ${take})`,
  );
  return Prisma.sql`SELECT * FROM (${Prisma.join(branches, " UNION ALL ")}) ranges ORDER BY ${CUSTOMER_SORT} LIMIT ${take}`;
}

async function browseCustomers(
  actor: Actor,
  after: CustomerCursor | undefined,
  limit: number,
): Promise<CustomerListPage> {
  const visible = customerVisibleTo(actor, Prisma.sql`"Customer".id`);
  // One extra row tells us whether a next page exists without counting.
  const found = await db.$queryRaw<Omit<CustomerListRow, "match">[]>`
    SELECT page.*, email."normalizedValue" AS email
    FROM (${browseQuery(visible, after, limit + 1)}) page
    LEFT JOIN LATERAL (
      SELECT "normalizedValue" FROM "Identity"
      WHERE "customerId" = page.id AND "type" = 'email'
      ORDER BY "createdAt", id LIMIT 1
    ) email ON true
    ORDER BY ${CUSTOMER_SORT}`;
  const hasMore = found.length > limit;
  const rows = hasMore ? found.slice(0, limit) : found;
  const last = rows.at(-1);
  // Masked here, on the server: interns' browsers never receive the address.
  const mayViewPersonalData = can(actor.role, "customer.viewPersonalData");
  return {
    rows: rows.map((row) => {
      if (mayViewPersonalData) return { ...row, match: null };
      // Every text of the row, names included: a source can have put an address in any of them.
      return maskDeep({ ...row, email: row.email ? maskEmail(row.email) : null, match: null });
    }),
    nextCursor: hasMore && last ? encodeCustomerCursor(last) : null,
    query: null,
    isFirstPage: !after,
    hasMore: false,
    problem: null,
  };
}

/**
 * /customers: everyone in name order, keyset-paginated (pass the previous page's `nextCursor`), or
 * with `q` the best matches of the same search as the command palette, on one page.
 */
export async function listCustomers(actor: Actor, input: ListCustomersInput): Promise<CustomerListPage> {
  assertCan(actor, "customer.search");
  const { q, after, limit } = listCustomersInput.parse(input);
  if (!q) return browseCustomers(actor, after, limit);

  const result = await searchCustomers(actor, { q, limit: Math.min(limit, CUSTOMER_PAGE_SIZE), via: "list" });
  return {
    rows: result.hits,
    nextCursor: null,
    query: result.query,
    isFirstPage: true,
    hasMore: result.hasMore,
    problem: result.problem,
  };
}
