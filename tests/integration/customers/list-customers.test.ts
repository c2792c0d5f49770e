import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { createActor } from "@/tests/factories/actor-factory";
import { foldForSearch, normalizePhone } from "@/lib/validation/normalize-identifier";
import { listCustomers } from "@/lib/customers/list-customers";

let admin: Actor;
beforeAll(async () => {
  admin = await createActor("admin");
});

type Person = {
  firstName: string | null;
  lastName: string | null;
  email?: string;
  phone?: string;
  loyalty?: string;
};

const people: Person[] = [
  { firstName: "Anna", lastName: "Jansen", email: "anna.jansen@example.nl", phone: "0612345678" },
  { firstName: "Anna", lastName: "Jansen" },
  { firstName: "Bram", lastName: "Jansen" },
  { firstName: null, lastName: "Jansen" },
  { firstName: "Mesut", lastName: "Özil", loyalty: "GV123456" },
  { firstName: "Pieter", lastName: "de Vries" },
  { firstName: "Zoë", lastName: null },
  { firstName: null, lastName: null, email: "nameless@example.com" },
  { firstName: null, lastName: null },
];

beforeAll(async () => {
  for (const person of people) {
    await db.customer.create({
      data: {
        firstName: person.firstName,
        lastName: person.lastName,
        searchName: foldForSearch(person.firstName, person.lastName),
        identities: {
          create: [
            ...(person.email
              ? [
                  {
                    type: "email" as const,
                    rawValue: person.email,
                    normalizedValue: person.email,
                    source: "test",
                  },
                ]
              : []),
            ...(person.phone
              ? [
                  {
                    type: "phone" as const,
                    rawValue: person.phone,
                    normalizedValue: normalizePhone(person.phone)!,
                    source: "test",
                  },
                ]
              : []),
            ...(person.loyalty
              ? [
                  {
                    type: "loyalty_id" as const,
                    rawValue: person.loyalty,
                    normalizedValue: person.loyalty,
                    source: "test",
                  },
                ]
              : []),
          ],
        },
      },
    });
  }
});

async function walkAllPages() {
  const seen: string[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < 20; pages++) {
    const page = await listCustomers(admin, { after, limit: 2 });
    seen.push(...page.rows.map((row) => row.id));
    if (!page.nextCursor) return seen;
    after = page.nextCursor;
  }
  throw new Error("pagination did not end");
}

describe("listCustomers", () => {
  it("pages through everyone exactly once, in name order with nameless customers last", async () => {
    const expected = await db.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "Customer" ORDER BY "lastName", "firstName", id`;
    expect(await walkAllPages()).toEqual(expected.map((row) => row.id));
  });

  it("returns name, city, primary email and first touch per row", async () => {
    const page = await listCustomers(admin, { q: "anna.jansen@example.nl" });
    expect(page.rows).toHaveLength(1);
    expect(page.rows[0]).toMatchObject({
      firstName: "Anna",
      lastName: "Jansen",
      email: "anna.jansen@example.nl",
    });
  });

  it("finds a misspelled name and ignores accents", async () => {
    const misspelled = await listCustomers(admin, { q: "Jansenn" });
    expect(misspelled.rows.map((row) => row.lastName)).toContain("Jansen");
    const folded = await listCustomers(admin, { q: "ozil" });
    expect(folded.rows.map((row) => row.lastName)).toEqual(["Özil"]);
  });

  it("puts the closest name first when searching", async () => {
    const page = await listCustomers(admin, { q: "bram jansen" });
    expect(page.rows[0]).toMatchObject({ firstName: "Bram", lastName: "Jansen", match: { kind: "name" } });
  });

  it("finds customers by email, phone in any format, or loyalty number", async () => {
    expect((await listCustomers(admin, { q: " Nameless@Example.com " })).rows).toHaveLength(1);
    expect((await listCustomers(admin, { q: "+31 6 1234 5678" })).rows.map((row) => row.firstName)).toEqual([
      "Anna",
    ]);
    expect((await listCustomers(admin, { q: "gv 123456" })).rows.map((row) => row.lastName)).toEqual([
      "Özil",
    ]);
    expect((await listCustomers(admin, { q: "nobody@example.com" })).rows).toEqual([]);
    expect((await listCustomers(admin, { q: "anna@" })).rows).toEqual([]);
  });

  it("shows a search on one page, best first, and says when more customers match", async () => {
    const all = await listCustomers(admin, { q: "jansen" });
    expect(all.rows).toHaveLength(4);
    expect(all.nextCursor).toBeNull();
    expect(all.hasMore).toBe(false);
    const cut = await listCustomers(admin, { q: "jansen", limit: 2 });
    expect(cut.rows).toHaveLength(2);
    expect(cut.hasMore).toBe(true);
    expect(cut.nextCursor).toBeNull();
  });

  it("treats a tampered cursor as the first page and an array query as its first value", async () => {
    const first = await listCustomers(admin, { limit: 3 });
    const tampered = await listCustomers(admin, { after: "not-a-cursor!", limit: 3 });
    expect(tampered.rows).toEqual(first.rows);
    expect(tampered.isFirstPage).toBe(true);
    expect((await listCustomers(admin, { q: ["ozil", "jansen"] })).query).toBe("ozil");
  });

  it("asks for more letters instead of searching for a single letter", async () => {
    const page = await listCustomers(admin, { q: "a" });
    expect(page.rows).toEqual([]);
    expect(page.problem).toBe("too_short");
    expect((await listCustomers(admin, { q: "an" })).problem).toBeNull();
  });

  it("treats LIKE wildcards in the search as plain characters", async () => {
    expect((await listCustomers(admin, { q: "%%%" })).rows).toEqual([]);
    expect((await listCustomers(admin, { q: "jan%" })).rows.map((row) => row.lastName)).not.toContain("Özil");
  });
});
