import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { maskEmail } from "@/lib/privacy/mask";
import { customerVisibleTo } from "./customer-scope";
import { Prisma, type Customer } from "@/lib/generated/prisma/client";
import {
  encodeCustomerCursor,
  listCustomersInput,
  type CustomerCursor,
  type ListCustomersInput,
} from "@/lib/validation/customers";
import { afterCursor, CUSTOMER_SORT, rangesAfter } from "./customer-keyset";
import { customerMatches, isTooShortForNameSearch, type CustomerMatch } from "./customer-search";

export type CustomerListRow = Pick<
  Customer,
  "id" | "firstName" | "lastName" | "preferredName" | "city" | "lastSeenAt" | "firstTouchChannel"
> & {
  /** The customer's first recorded email address. */
  email: string | null;
  /** How well the customer matched the search, 0 to 1; null when browsing. */
  score: number | null;
};

export type CustomerListPage = {
  rows: CustomerListRow[];
  /** Pass as `after` to get the next page; null on the last page. */
  nextCursor: string | null;
  /** The search as applied (trimmed), or null when browsing everyone. */
  query: string | null;
  isFirstPage: boolean;
  /** True when the query has too few letters to search names, so only identities were tried. */
  isTooShortForNames: boolean;
};

const COLUMNS = Prisma.sql`id, "firstName", "lastName", "preferredName", city, "lastSeenAt", "firstTouchChannel"`;

/** Browsing everyone: each range after the cursor is its own index scan, merged and cut to size. */
function browseQuery(visible: Prisma.Sql, after: CustomerCursor | undefined, take: number): Prisma.Sql {
  const columns = Prisma.sql`${COLUMNS}, NULL::float8 AS score`;
  if (!after) {
    return Prisma.sql`SELECT ${columns} FROM "Customer" WHERE ${visible} ORDER BY ${CUSTOMER_SORT} LIMIT ${take}`;
  }
  const branches = rangesAfter(after).map(
    (range) =>
      Prisma.sql`(SELECT ${columns} FROM "Customer" WHERE ${range} AND ${visible} ORDER BY ${CUSTOMER_SORT} LIMIT ${take})`,
  );
  return Prisma.sql`SELECT * FROM (${Prisma.join(branches, " UNION ALL ")}) ranges ORDER BY ${CUSTOMER_SORT} LIMIT ${take}`;
}

const SEARCH_SORT = Prisma.sql`score DESC, ${CUSTOMER_SORT}`;

/**
 * Searching: the indexes find every match first, then the page is cut from them, best match first
 * and by name among equals. MATERIALIZED keeps the planner from walking the name index in order and
 * testing each customer against the trigram condition, which it prefers under a LIMIT and which is
 * slow for rare names. A customer found twice (by name and by id) keeps the better score.
 */
function searchQuery(
  matches: CustomerMatch[],
  visible: Prisma.Sql,
  after: CustomerCursor | undefined,
  take: number,
): Prisma.Sql {
  const found = matches.map(
    ({ condition, score }) =>
      Prisma.sql`SELECT ${COLUMNS}, ${score} AS score FROM "Customer" WHERE ${condition} AND ${visible}`,
  );
  const keyset = after
    ? Prisma.sql`WHERE score < ${after.score} OR (score = ${after.score} AND ${afterCursor(after)})`
    : Prisma.empty;
  return Prisma.sql`
    WITH matches AS MATERIALIZED (
      SELECT DISTINCT ON (id) * FROM (${Prisma.join(found, " UNION ALL ")}) found ORDER BY id, score DESC
    )
    SELECT * FROM matches ${keyset}
    ORDER BY ${SEARCH_SORT} LIMIT ${take}`;
}

/**
 * One page of customers in name order, or the best matches first for a search on name, email,
 * phone, loyalty number or booking reference. Keyset-paginated: pass the previous page's `nextCursor`.
 */
export async function listCustomers(actor: Actor, input: ListCustomersInput): Promise<CustomerListPage> {
  assertCan(actor, "customer.search");
  const { q, after: cursor, limit } = listCustomersInput.parse(input);
  const visible = customerVisibleTo(actor, Prisma.sql`"Customer".id`);
  const query = q ?? null;
  // A cursor from browsing has no score, so it cannot continue a search: start that search over.
  const after = query && cursor?.score === null ? undefined : cursor;
  const isFirstPage = !after;
  // One extra row tells us whether a next page exists without counting.
  const take = limit + 1;
  const isTooShortForNames = query !== null && isTooShortForNameSearch(query);

  let page: Prisma.Sql;
  if (query) {
    const matches = customerMatches(query);
    if (matches.length === 0) return { rows: [], nextCursor: null, query, isFirstPage, isTooShortForNames };
    page = searchQuery(matches, visible, after, take);
  } else {
    page = browseQuery(visible, after, take);
  }

  const found = await db.$queryRaw<CustomerListRow[]>`
    SELECT page.*, email."normalizedValue" AS email
    FROM (${page}) page
    LEFT JOIN LATERAL (
      SELECT "normalizedValue" FROM "Identity"
      WHERE "customerId" = page.id AND "type" = 'email'
      ORDER BY "createdAt", id LIMIT 1
    ) email ON true
    ORDER BY ${query ? SEARCH_SORT : CUSTOMER_SORT}`;

  const hasMore = found.length > limit;
  const rows = hasMore ? found.slice(0, limit) : found;
  const last = rows.at(-1);
  const nextCursor = hasMore && last ? encodeCustomerCursor(last) : null;
  if (query) {
    await recordAudit({
      action: "customer.search",
      actor,
      details: { query, results: rows.length, page: isFirstPage ? 1 : "next" },
    });
  }
  // Masked here, on the server: interns' browsers never receive the address.
  const mayViewPersonalData = can(actor.role, "customer.viewPersonalData");
  const shown = mayViewPersonalData
    ? rows
    : rows.map((row) => ({ ...row, email: row.email ? maskEmail(row.email) : null }));
  return { rows: shown, nextCursor, query, isFirstPage, isTooShortForNames };
}
