import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { localDate } from "../../lib/time/local-date";
import { createOrder } from "../../tests/factories/board-factory";
import { createCustomer } from "../../tests/factories/customer-factory";
import { signInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";

// The click-and-collect counter: what is waiting, what to mention, and the hand-over.

const today = localDate("Europe/Amsterdam");
const title = (category: string) => category.charAt(0).toUpperCase() + category.slice(1);

test("store staff see advice that leaves out what the customer already bought, and hand the order over", async ({
  page,
}) => {
  await signInAs(page, "store_staff", ["STR-AMS"]);
  const db = e2eDatabase();
  // What the seed's orders say goes with an office chair, strongest first.
  const { rows: associations } = await db.query<{ consequent: string }>(
    `SELECT consequent FROM "CategoryAssociation"
     WHERE antecedent = 'office chairs' AND lift >= 1.2 AND "pairCount" >= 5 ORDER BY lift DESC`,
  );
  expect(associations.length).toBeGreaterThanOrEqual(2);
  const [owned, next] = associations.map((row) => row.consequent) as [string, string];

  // The customer bought the strongest companion before; today they collect an office chair.
  const lastName = `Kramer-${randomBytes(3).toString("hex")}`;
  const { id } = await createCustomer(db, { firstName: "Joost", lastName });
  await createOrder(db, {
    customerId: id,
    locationCode: "STR-AMS",
    readyDate: today,
    placedAt: new Date(Date.now() - 30 * 86_400_000),
    pickupStatus: "picked_up",
    status: "fulfilled",
    lines: [{ productName: `Something from ${owned}`, category: owned }],
  });
  const order = await createOrder(db, {
    customerId: id,
    locationCode: "STR-AMS",
    readyDate: today,
    lines: [{ productName: "Ergonomic office chair Flex", category: "office chairs" }],
  });

  await page.goto("/pickups");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pickups");
  const card = page.getByRole("article").filter({ hasText: lastName });
  await expect(card).toContainText(/1×\s*Ergonomic office chair Flex/);
  await expect(card).toContainText("Returning · 1 order");
  const advice = card.getByRole("region", { name: "Worth mentioning" });
  await expect(advice).toContainText(title(next));
  await expect(advice).toContainText("Often bought with the office chair you collect today");
  await expect(advice).not.toContainText(title(owned));
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath("pickups-board.png") });

  await card.getByRole("button", { name: `Handed over: #${order.orderNumber}` }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Order #${order.orderNumber} handed over` }),
  ).toBeVisible();
  await expect(page.getByRole("article").filter({ hasText: lastName })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath("pickups-after-hand-over.png") });

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pickups");
  await expect(page.getByRole("article").filter({ hasText: lastName })).toHaveCount(0);
  const { rows } = await db.query(`SELECT "pickupStatus", status FROM "Order" WHERE id = $1`, [order.id]);
  expect(rows[0]).toEqual({ pickupStatus: "picked_up", status: "fulfilled" });
});

test("the seeded showcase pickup at STR-AMS leaves out the chair mat its customer already has", async ({
  page,
}) => {
  await signInAs(page, "store_staff", ["STR-AMS"]);
  // The seed's showcase is the first pickup of its day at the first store: 9 + YYMMDD + 100. Its
  // day is the seed's, which a run that crosses midnight no longer calls today.
  const { rows } = await e2eDatabase().query<{ orderNumber: string }>(
    `SELECT o."orderNumber" FROM "Order" o JOIN "Location" l ON l.id = o."pickupLocationId"
     WHERE l.code = 'STR-AMS' AND o."orderNumber" ~ '^9[0-9]{6}100$' ORDER BY o."orderNumber" DESC LIMIT 1`,
  );
  const showcase = rows[0]?.orderNumber ?? `9${today.slice(2).replaceAll("-", "")}100`;
  await page.goto("/pickups");
  const card = page.getByRole("article").filter({ hasText: `#${showcase}` });
  await expect(card).toContainText("office chair");
  await expect(card.getByRole("region", { name: "Worth mentioning" })).not.toContainText("Chair mats");
});
