import pg from "pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getAdviceForCustomers } from "@/lib/advice/get-advice-for-customers";
import { refreshCategoryAssociations } from "@/lib/advice/refresh-category-associations";
import { adviceRefreshSettled, refreshAssociationsIfStale } from "@/lib/advice/refresh-if-stale";

// 34 baskets: 20 desk lighting (lamp + bulbs, 10 of them with a cable too), 10 coffee + mugs,
// 2 cables alone, and lampOwner's bulbs and cancelled cables. Bulbs are in 21 of 34, so
// lift(lamp → bulbs) = 1 / (21/34) ≈ 1.62; cables in 13, so lift(lamp → cables) = 0.5 / (13/34) ≈ 1.31.
let orderNumber = 0;
async function order(customerId: string, categories: string[], status: "placed" | "cancelled" = "placed") {
  orderNumber += 1;
  await db.order.create({
    data: {
      customerId,
      orderNumber: `T-${orderNumber}`,
      channel: "web",
      fulfilment: "delivery",
      status,
      placedAt: new Date(Date.UTC(2025, 0, orderNumber % 28 || 1)),
      totalAmount: 10,
      source: "test",
      lines: {
        create: categories.map((category, index) => ({
          sku: `${category}-${index}`,
          productName: `A ${category}`,
          category,
          quantity: 1,
          unitPrice: 10,
        })),
      },
    },
  });
}

async function withClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

let shopper = "";
let lampOwner = "";
let newcomer = "";

beforeAll(async () => {
  const customer = (firstName: string) => db.customer.create({ data: { firstName } }).then((row) => row.id);
  shopper = await customer("Shopper");
  lampOwner = await customer("Lamp owner");
  newcomer = await customer("Newcomer");
  for (let i = 0; i < 20; i++)
    await order(shopper, i < 10 ? ["desk lamps", "light bulbs", "cables"] : ["desk lamps", "light bulbs"]);
  for (let i = 0; i < 10; i++) await order(shopper, ["coffee", "mugs"]);
  for (let i = 0; i < 2; i++) await order(shopper, ["cables"]);
  // Bought bulbs before; a cancelled cable order is not a purchase.
  await order(lampOwner, ["light bulbs"]);
  await order(lampOwner, ["cables"], "cancelled");
  await withClient((client) => refreshCategoryAssociations(client));
});

describe("refreshCategoryAssociations", () => {
  it("counts pairs over all orders and derives confidence and lift", async () => {
    const rows = await db.categoryAssociation.findMany({
      orderBy: [{ antecedent: "asc" }, { consequent: "asc" }],
    });
    const lampBulbs = rows.find((row) => row.antecedent === "desk lamps" && row.consequent === "light bulbs");
    expect(lampBulbs).toMatchObject({ pairCount: 20, antecedentCount: 20, confidence: 1 });
    expect(lampBulbs?.lift).toBeCloseTo(34 / 21);
    expect(rows.some((row) => row.antecedent === row.consequent)).toBe(false);
    expect(
      rows.find((row) => row.antecedent === "coffee" && row.consequent === "desk lamps"),
    ).toBeUndefined();
  });

  it("replaces the previous set rather than adding to it", async () => {
    const before = await db.categoryAssociation.count();
    const result = await withClient((client) => refreshCategoryAssociations(client));
    expect(result?.pairs).toBe(before);
    expect(await db.categoryAssociation.count()).toBe(before);
  });
});

describe("getAdviceForCustomers", () => {
  it("never offers a desk lamp to the customer collecting a desk lamp, nor what they bought before", async () => {
    const advice = await getAdviceForCustomers([
      {
        customerId: lampOwner,
        anchorCategories: ["desk lamps"],
        anchorProducts: { "desk lamps": "Brass reading lamp" },
      },
      {
        customerId: newcomer,
        anchorCategories: ["desk lamps"],
        anchorProducts: { "desk lamps": "Brass reading lamp" },
      },
      { customerId: shopper, anchorCategories: [], anchorProducts: {} },
    ]);
    // lampOwner has bulbs already; the cancelled cables do not count, so cables remain.
    expect(advice.get(lampOwner)?.map((item) => item.category)).toEqual(["cables"]);
    expect(advice.get(newcomer)?.map((item) => item.category)).toEqual(["light bulbs", "cables"]);
    expect(advice.get(newcomer)?.[0]).toMatchObject({
      explanation: "Often bought with the desk lamp you collect today",
      anchorProduct: "Brass reading lamp",
    });
    for (const list of advice.values()) expect(list.map((item) => item.category)).not.toContain("desk lamps");
    expect(advice.get(shopper)).toEqual([]);
  });

  it("answers an empty map entry per customer when nothing is anchored", async () => {
    const advice = await getAdviceForCustomers([
      { customerId: newcomer, anchorCategories: [], anchorProducts: {} },
    ]);
    expect(advice.get(newcomer)).toEqual([]);
  });
});

describe("refreshAssociationsIfStale", () => {
  it("recomputes in the background once the associations are older than a day", async () => {
    // The advice reads above may have started a check of their own; let it finish first.
    await adviceRefreshSettled();
    await db.$executeRaw`UPDATE "CategoryAssociation" SET "computedAt" = now() - interval '2 days'`;
    const later = Date.now() + 60 * 60_000;
    refreshAssociationsIfStale(later);
    await vi.waitFor(
      async () => {
        const row = await db.categoryAssociation.findFirst();
        expect(row?.computedAt.getTime()).toBe(later);
      },
      { timeout: 10_000, interval: 100 },
    );
  });
});

describe("refreshCategoryAssociations on several app servers", () => {
  it("runs once when a second server found them old but gets the lock only after the first refreshed", async () => {
    await adviceRefreshSettled();
    await db.$executeRaw`UPDATE "CategoryAssociation" SET "computedAt" = now() - interval '2 days'`;
    const firstAt = new Date(Date.now() + 2 * 60 * 60_000);
    const cutoff = new Date(firstAt.getTime() - 24 * 60 * 60_000);
    // Both servers looked at the age before either refreshed: both saw it older than a day.
    const first = await withClient((client) =>
      refreshCategoryAssociations(client, { now: firstAt, skipIfBusy: true, onlyIfOlderThan: cutoff }),
    );
    const second = await withClient((client) =>
      refreshCategoryAssociations(client, {
        now: new Date(firstAt.getTime() + 1_000),
        skipIfBusy: true,
        onlyIfOlderThan: cutoff,
      }),
    );
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    const row = await db.categoryAssociation.findFirst();
    expect(row?.computedAt.getTime()).toBe(firstAt.getTime());
  });

  it("runs once when two servers start it at the same moment", async () => {
    await db.$executeRaw`UPDATE "CategoryAssociation" SET "computedAt" = now() - interval '2 days'`;
    const at = new Date(Date.now() + 3 * 60 * 60_000);
    const cutoff = new Date(at.getTime() - 24 * 60 * 60_000);
    const results = await Promise.all(
      [0, 1].map(() =>
        withClient((client) =>
          refreshCategoryAssociations(client, { now: at, skipIfBusy: true, onlyIfOlderThan: cutoff }),
        ),
      ),
    );
    expect(results.filter((result) => result !== null)).toHaveLength(1);
  });
});
