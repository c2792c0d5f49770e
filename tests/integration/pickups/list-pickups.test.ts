import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { db } from "@/lib/db/client";
import { localDate } from "@/lib/time/local-date";
import { createActor } from "@/tests/factories/actor-factory";
import { createComplaint, createOrder } from "@/tests/factories/board-factory";
import { createCustomer } from "@/tests/factories/customer-factory";
import { createLocation } from "@/tests/factories/staff-factory";
import { listPickups } from "@/lib/pickups/list-pickups";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
afterAll(() => pool.end());

const today = localDate("Europe/Amsterdam");
const shift = (days: number) =>
  new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

let store = "";
let other = "";
let storeStaff: Actor;
const ids: Record<string, string> = {};
const lamp = { productName: "Architect desk lamp, black", category: "desk lamps" };

beforeAll(async () => {
  const url = process.env.DATABASE_URL!;
  store = await createLocation(url, "STR-P", "store");
  other = await createLocation(url, "STR-Q", "store");
  await createLocation(url, "HTL-P", "hotel");
  storeStaff = await createActor("store_staff", [store]);

  // Fresh associations, so the advice doesn't start a recomputation over the test's few orders.
  const computedAt = new Date();
  await db.categoryAssociation.createMany({
    data: [
      ["desk lamps", "light bulbs", 3.1],
      ["desk lamps", "cables", 2.4],
      ["desk lamps", "notebooks", 1.6],
      ["desk lamps", "mugs", 1.05],
    ].map(([antecedent, consequent, lift]) => ({
      antecedent: antecedent as string,
      consequent: consequent as string,
      pairCount: 40,
      antecedentCount: 100,
      confidence: 0.4,
      lift: lift as number,
      computedAt,
    })),
  });

  const customer = async (firstName: string, lastName: string) =>
    (await createCustomer(pool, { firstName, lastName })).id;
  ids.owner = await customer("Fleur", "Jansen");
  ids.newcomer = await customer("Gijs", "Hendriks");
  ids.elsewhere = await customer("Hanna", "Smit");

  // Fleur already bought light bulbs (and a cancelled order of cables, which doesn't count).
  await createOrder(pool, {
    customerId: ids.owner,
    locationCode: "STR-P",
    readyDate: shift(-60),
    placedAt: daysAgo(60),
    pickupStatus: "picked_up",
    status: "fulfilled",
    lines: [{ productName: "LED bulb E27", category: "light bulbs" }],
  });
  await createOrder(pool, {
    customerId: ids.owner,
    locationCode: "STR-P",
    readyDate: shift(-30),
    placedAt: daysAgo(30),
    pickupStatus: "cancelled",
    status: "cancelled",
    lines: [{ productName: "USB-C cable", category: "cables" }],
  });
  await createComplaint(pool, { customerId: ids.owner, reason: "Late delivery" });
  ids.ownerOrder = (
    await createOrder(pool, {
      customerId: ids.owner,
      locationCode: "STR-P",
      readyDate: today,
      placedAt: daysAgo(1),
      lines: [lamp],
    })
  ).id;
  ids.olderOrder = (
    await createOrder(pool, {
      customerId: ids.newcomer,
      locationCode: "STR-P",
      readyDate: shift(-2),
      placedAt: daysAgo(4),
      lines: [{ productName: "Notebook A5", category: "notebooks", quantity: 3 }],
    })
  ).id;
  await createOrder(pool, {
    customerId: ids.newcomer,
    locationCode: "STR-P",
    readyDate: shift(1),
    lines: [lamp],
  });
  await createOrder(pool, {
    customerId: ids.newcomer,
    locationCode: "STR-P",
    readyDate: today,
    pickupStatus: "preparing",
    lines: [lamp],
  });
  await createOrder(pool, {
    customerId: ids.newcomer,
    locationCode: "STR-P",
    readyDate: today,
    pickupStatus: "picked_up",
    lines: [lamp],
  });
  await createOrder(pool, {
    customerId: ids.newcomer,
    locationCode: "STR-P",
    readyDate: today,
    fulfilment: "delivery",
    lines: [lamp],
  });
  ids.elsewhereOrder = (
    await createOrder(pool, {
      customerId: ids.elsewhere,
      locationCode: "STR-Q",
      readyDate: today,
      lines: [lamp],
    })
  ).id;
});

describe("listPickups", () => {
  it("lists ready click-and-collect orders at the store, oldest first, with their lines", async () => {
    const { board } = await listPickups(storeStaff);
    expect(board.location?.code).toBe("STR-P");
    expect(board.rows.map((row) => row.orderId)).toEqual([ids.olderOrder, ids.ownerOrder]);
    expect(board.rows[0]?.lines).toMatchObject([
      { productName: "Notebook A5", category: "notebooks", quantity: 3 },
    ]);
  });

  it("advises by lift and leaves out every category the customer already has", async () => {
    const { board } = await listPickups(storeStaff);
    const fleur = board.rows.find((row) => row.orderId === ids.ownerOrder);
    // Light bulbs were bought before and desk lamps are being collected; mugs are below the lift bar.
    expect(fleur?.advice.map((advice) => advice.category)).toEqual(["cables", "notebooks"]);
    expect(fleur?.advice[0]?.explanation).toBe("Often bought with the desk lamp you collect today");
    expect(fleur?.advice.map((advice) => advice.category)).not.toContain("desk lamps");
  });

  it("gives the same context badges as the arrivals board", async () => {
    const { board } = await listPickups(storeStaff);
    const fleur = board.rows.find((row) => row.orderId === ids.ownerOrder);
    expect(fleur?.badges).toMatchObject({ previousVisits: 1, openComplaints: [{ reason: "Late delivery" }] });
    expect(fleur?.contactBadges).toEqual([
      {
        kind: "no_survey",
        label: "No survey",
        reason: expect.stringMatching(/still open/),
        reasons: { nl: expect.stringMatching(/staat nog open/), en: expect.stringMatching(/still open/) },
      },
    ]);
    const gijs = board.rows.find((row) => row.orderId === ids.olderOrder);
    expect(gijs?.badges.previousVisits).toBe(0);
  });

  it("keeps stores apart: 404 for another store, a hotel or an unknown code", async () => {
    for (const location of ["STR-Q", other, "HTL-P", "NOPE"]) {
      await expect(listPickups(storeStaff, { location })).rejects.toBeInstanceOf(NotFoundError);
    }
    const admin = await createActor("admin");
    const { board } = await listPickups(admin, { location: "STR-Q" });
    expect(board.rows.map((row) => row.orderId)).toEqual([ids.elsewhereOrder]);
  });

  it("shows an empty board to someone without a store, a 400 for a bad location and 403 without the role", async () => {
    const { board } = await listPickups(await createActor("manager", []));
    expect(board).toMatchObject({ location: null, rows: [] });
    const error = await listPickups(storeStaff, { location: "a b" }).catch((caught: unknown) => caught);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual(["location"]);
    await expect(listPickups(await createActor("receptionist", [store]))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});
