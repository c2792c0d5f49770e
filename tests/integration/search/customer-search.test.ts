// The customer search (command palette and /customers?q=) on a real database: every way of finding
// someone, masking for interns, location scoping, one audit entry per search, and the indexes the
// name search is built on.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { searchCustomers, type CustomerSearchResult } from "@/lib/search/search-customers";
import { nameCandidates } from "@/lib/search/search-names";
import { SURNAME_KEY_SQL, surnameKey } from "@/lib/search/search-name-key";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { foldForSearch } from "@/lib/validation/normalize-identifier";
import { createActor } from "../../factories/actor-factory";
import { createBooking, createOrder } from "../../factories/board-factory";
import { createCustomer } from "../../factories/customer-factory";
import { createLocation } from "../../factories/staff-factory";

const url = process.env.DATABASE_URL!;
const pool = new pg.Pool({ connectionString: url, max: 2 });
afterAll(() => pool.end());

const ids: Record<string, string> = {};
let hotel = "";
let store = "";
let admin: Actor;
let receptionist: Actor;
let intern: Actor;
let storeStaff: Actor;

const seenAt = (code: string) => [
  {
    type: "check_in",
    channel: "in_person",
    direction: "inbound" as const,
    occurredAt: new Date("2026-11-01T10:00:00Z"),
    summary: "Seen",
    locationCode: code,
  },
];

beforeAll(async () => {
  hotel = await createLocation(url, "HTL-SRC");
  store = await createLocation(url, "STR-SRC", "store");
  ids.anna = (
    await createCustomer(pool, {
      firstName: "Anna",
      lastName: "Jansen",
      city: "Utrecht",
      identities: [
        { type: "email", value: "Anna.Jansen@Example.nl" },
        { type: "phone", value: "06-12345678" },
        { type: "booking_ref", value: "GV 777 123" },
      ],
      events: seenAt("HTL-SRC"),
    })
  ).id;
  ids.bram = (
    await createCustomer(pool, { firstName: "Bram", lastName: "Jansen", events: seenAt("HTL-SRC") })
  ).id;
  ids.pieter = (
    await createCustomer(pool, { firstName: "Pieter", lastName: "de Vries", events: seenAt("HTL-SRC") })
  ).id;
  ids.mesut = (
    await createCustomer(pool, { firstName: "Mesut", lastName: "Özil", events: seenAt("STR-SRC") })
  ).id;
  ids.heijden = (
    await createCustomer(pool, { firstName: "Liv", lastName: "van der Heijden", events: seenAt("HTL-SRC") })
  ).id;
  await createBooking(pool, {
    customerId: ids.anna,
    locationCode: "HTL-SRC",
    arrivalDate: "2026-11-20",
    reference: "BK-SEARCH-1",
  });
  await createOrder(pool, {
    customerId: ids.mesut,
    locationCode: "STR-SRC",
    readyDate: "2026-11-20",
    orderNumber: "70012345",
    lines: [{ productName: "Desk lamp", category: "lighting" }],
  });
  admin = await createActor("admin");
  receptionist = await createActor("receptionist", [hotel]);
  intern = await createActor("intern", [hotel]);
  storeStaff = await createActor("store_staff", [store]);
});

const who = (result: CustomerSearchResult) => result.hits.map((hit) => `${hit.firstName} ${hit.lastName}`);
const search = (actor: Actor, q: string) => searchCustomers(actor, { q, via: "palette" });

describe("finding customers", () => {
  it("finds a name as typed, surname first, with or without its particles, and in part", async () => {
    expect(who(await search(admin, "Anna Jansen"))).toEqual(["Anna Jansen"]);
    expect(who(await search(admin, "jansen")).sort()).toEqual(["Anna Jansen", "Bram Jansen"]);
    expect(who(await search(admin, "jansen br"))).toEqual(["Bram Jansen"]);
    expect(who(await search(admin, "de vries"))).toEqual(["Pieter de Vries"]);
    expect(who(await search(admin, "Vries"))).toEqual(["Pieter de Vries"]);
    expect(who(await search(admin, "heijden"))).toEqual(["Liv van der Heijden"]);
    expect(who(await search(admin, "ozil"))).toEqual(["Mesut Özil"]);
    expect((await search(admin, "Anna Jansen")).hits[0]!.match).toEqual({ kind: "name" });
  });

  it("finds misspelled names and says they are a similar spelling", async () => {
    for (const typo of ["Jansenn", "jasnen", "Jansn", "van der Heiden", "deV ries", "Özill"]) {
      const result = await search(admin, typo);
      expect(result.hits.length, typo).toBeGreaterThan(0);
      expect(result.hits[0]!.match, typo).toEqual({ kind: "similar_name" });
    }
    expect(who(await search(admin, "Jansenn"))).toContain("Anna Jansen");
    expect(who(await search(admin, "van der Heiden"))).toEqual(["Liv van der Heijden"]);
    expect(who(await search(admin, "deV ries"))).toEqual(["Pieter de Vries"]);
  });

  it("finds by email address, whatever its case, but not by half of one", async () => {
    const result = await search(admin, "  anna.jansen@EXAMPLE.nl ");
    expect(who(result)).toEqual(["Anna Jansen"]);
    expect(result.hits[0]!.match).toEqual({ kind: "email", value: "anna.jansen@example.nl" });
    const half = await search(admin, "anna.jansen@");
    expect(half.hits).toEqual([]);
    expect(half.problem).toBe("incomplete_email");
  });

  it("finds by phone number in every common format", async () => {
    for (const typed of ["06 12345678", "06-12345678", "+31 6 1234 5678", "0031612345678", "+31612345678"]) {
      const result = await search(admin, typed);
      expect(who(result), typed).toEqual(["Anna Jansen"]);
      expect(result.hits[0]!.match, typed).toEqual({ kind: "phone", value: "06 12345678" });
    }
  });

  it("finds by booking reference, from bookings and from booking-ref identities, in any case", async () => {
    const booking = await search(admin, "bk-search-1");
    expect(who(booking)).toEqual(["Anna Jansen"]);
    expect(booking.hits[0]!.match).toEqual({ kind: "booking_ref", value: "BK-SEARCH-1" });
    expect(who(await search(admin, "gv777123"))).toEqual(["Anna Jansen"]);
  });

  it("finds by order number, also typed with a hash", async () => {
    for (const typed of ["70012345", "#70012345", "order 70012345"]) {
      const result = await search(admin, typed);
      expect(who(result), typed).toEqual(["Mesut Özil"]);
      expect(result.hits[0]!.match).toEqual({ kind: "order_number", value: "70012345" });
    }
  });

  it("returns name, city, last visit and first email for each hit, and nothing for nonsense", async () => {
    const [anna] = (await search(admin, "anna jansen")).hits;
    expect(anna).toMatchObject({ id: ids.anna, city: "Utrecht", email: "anna.jansen@example.nl" });
    expect(anna!.lastSeenAt).toEqual(new Date("2026-11-01T10:00:00Z"));
    expect((await search(admin, "qqxqzz")).hits).toEqual([]);
    expect((await search(admin, "%_%")).problem).toBe("too_short");
  });

  it("says when more customers match than it returns", async () => {
    for (let i = 0; i < 4; i++)
      await createCustomer(pool, { firstName: `Kees${"x".repeat(i)}`, lastName: "Moreman" });
    const few = await searchCustomers(admin, { q: "moreman", limit: 3 });
    expect(few.hits).toHaveLength(3);
    expect(few.hasMore).toBe(true);
    expect((await searchCustomers(admin, { q: "moreman", limit: 4 })).hasMore).toBe(false);
  });
});

describe("masking and scoping", () => {
  it("masks email, phone and references for interns, in everything the search returns", async () => {
    const byEmail = await search(intern, "anna.jansen@example.nl");
    expect(byEmail.hits[0]!.match).toEqual({ kind: "email", value: "a***@e***.nl" });
    expect(byEmail.hits[0]!.email).toBe("a***@e***.nl");
    const byPhone = await search(intern, "06 12345678");
    expect(byPhone.hits[0]!.match).toEqual({ kind: "phone", value: "+31 6 ** ** ** 78" });
    const byBooking = await search(intern, "BK-SEARCH-1");
    expect(byBooking.hits[0]!.match).toMatchObject({ kind: "booking_ref" });
    // Everything but the echo of what the intern typed themselves.
    const results = [byEmail, byPhone, byBooking, await search(intern, "anna jansen")];
    const everything = JSON.stringify(results.map((result) => ({ ...result, query: undefined })));
    for (const secret of ["anna.jansen@example.nl", "12345678", "BK-SEARCH-1"]) {
      expect(everything).not.toContain(secret);
    }
  });

  it("only finds customers seen at the actor's locations, by any way of searching", async () => {
    expect(who(await search(receptionist, "ozil"))).toEqual([]);
    expect(who(await search(receptionist, "70012345"))).toEqual([]);
    expect(who(await search(storeStaff, "ozil"))).toEqual(["Mesut Özil"]);
    expect(who(await search(storeStaff, "jansen"))).toEqual([]);
    expect(who(await search(storeStaff, "anna.jansen@example.nl"))).toEqual([]);
    expect(who(await search(storeStaff, "BK-SEARCH-1"))).toEqual([]);
    expect(who(await search(storeStaff, "Jansenn"))).toEqual([]);
  });
});

describe("audit", () => {
  async function entries(actor: Actor) {
    return db.auditEntry.findMany({
      where: { actorId: actor.id, action: "customer.search" },
      orderBy: { occurredAt: "asc" },
    });
  }

  it("writes exactly one entry per search, found or not, with the query, result count and origin", async () => {
    const actor = await createActor("receptionist", [hotel]);
    await search(actor, "Anna Jansen");
    await search(actor, "jasnen"); // falls through to the spelling step
    await search(actor, "qqxqzz"); // falls through every step
    await search(actor, "a"); // too short to look up, still a search
    await searchCustomers(actor, { q: "06 12345678", via: "list" });
    const written = await entries(actor);
    expect(written.map((entry) => entry.details)).toEqual([
      { query: "Anna Jansen", results: 1, via: "palette" },
      { query: "jasnen", results: 2, via: "palette" },
      { query: "qqxqzz", results: 0, via: "palette" },
      { query: "a", results: 0, via: "palette" },
      { query: "06 12345678", results: 1, via: "list" },
    ]);
    expect(written.every((entry) => entry.actorEmail === actor.email && entry.ip === actor.ip)).toBe(true);
    expect(written.every((entry) => entry.userAgent === actor.userAgent && entry.customerId === null)).toBe(
      true,
    );
  });

  it("refuses an empty search before writing anything", async () => {
    const actor = await createActor("receptionist", [hotel]);
    await expect(searchCustomers(actor, { q: "   " })).rejects.toThrow(/^q: /);
    expect(await entries(actor)).toEqual([]);
  });
});

describe("indexes", () => {
  it("computes the surname key in SQL exactly as in TypeScript", async () => {
    const names = [
      "de Vries",
      "van der Heijden",
      "Van 't Hek",
      "Özil",
      "ÇELİK",
      "  ter   Horst ",
      "Brekke-Watsica",
    ];
    const rows = await db.$queryRaw<{ key: string }[]>(
      Prisma.sql`SELECT ${Prisma.raw(SURNAME_KEY_SQL)} AS key FROM unnest(${names}::text[]) WITH ORDINALITY AS t("lastName", n) ORDER BY n`,
    );
    expect(rows.map((row) => row.key)).toEqual(names.map((name) => surnameKey(foldForSearch(name))));
  });

  it("answers a name search from the two btree indexes of the search_indexes migration", async () => {
    const statement = nameCandidates("jansen b", Prisma.sql`true`, 9);
    const [, plan] = await db.$transaction([
      db.$executeRaw`SET LOCAL enable_seqscan = off`,
      db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${statement.text}`, ...statement.values),
    ]);
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    expect(text).toContain("Customer_searchName_prefix_idx");
    expect(text).toContain("Customer_surname_search_idx");
  });
});
