import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CustomerCursor } from "@/lib/validation/customers";

// The list is sorted by ("lastName", "firstName", id) with NULLS LAST, matching the
// ("lastName", "firstName") btree index. Names are optional (a customer may be known only by email),
// so a plain row comparison would drop everyone without a name. Instead, "after this key" is split
// into disjoint ranges that each map onto one index range scan:
//   lastName > L | lastName IS NULL | lastName = L AND firstName > F | … | lastName = L AND firstName = F AND id > I

export const CUSTOMER_SORT = Prisma.sql`"lastName", "firstName", id`;

function allOf(conditions: Prisma.Sql[]): Prisma.Sql {
  return Prisma.join(conditions, " AND ");
}

export function rangesAfter(cursor: CustomerCursor): Prisma.Sql[] {
  const columns: [Prisma.Sql, string | null][] = [
    [Prisma.sql`"lastName"`, cursor.lastName],
    [Prisma.sql`"firstName"`, cursor.firstName],
  ];
  const ranges: Prisma.Sql[] = [];
  const equalSoFar: Prisma.Sql[] = [];
  for (const [column, value] of columns) {
    if (value === null) {
      equalSoFar.push(Prisma.sql`${column} IS NULL`);
      continue;
    }
    ranges.push(allOf([...equalSoFar, Prisma.sql`${column} > ${value}`]));
    ranges.push(allOf([...equalSoFar, Prisma.sql`${column} IS NULL`]));
    equalSoFar.push(Prisma.sql`${column} = ${value}`);
  }
  ranges.push(allOf([...equalSoFar, Prisma.sql`id > ${cursor.id}::uuid`]));
  return ranges;
}
