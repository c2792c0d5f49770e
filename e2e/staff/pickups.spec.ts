import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { localDate } from "../../lib/time/local-date";
import { createOrder } from "../../tests/factories/board-factory";
import { createCustomer } from "../../tests/factories/customer-factory";
import { signInAs } from "../support/auth";
import { boardOverflow, smallBoardTargets } from "../support/board-layout";
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
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Afhalen");
  const card = page.getByRole("article").filter({ hasText: lastName });
  await expect(card).toContainText(/1×\s*Ergonomic office chair Flex/);
  await expect(card).toContainText("Terugkerende klant · 1 bestelling");
  await expect(card).toContainText("Vandaag klaargezet");
  const advice = card.getByRole("group", { name: "Het vermelden waard" });
  await expect(advice).toContainText(title(next));
  await expect(advice).toContainText("Often bought with the office chair you collect today");
  await expect(advice).not.toContainText(title(owned));
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath("pickups-board.png") });

  const handOver = card.getByRole("button", { name: `Meegeven: bestelling #${order.orderNumber}` });
  await expect(handOver).toHaveText("Meegeven");
  await handOver.click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: `Bestelling #${order.orderNumber} is meegegeven aan Joost ${lastName}.` }),
  ).toBeVisible();
  await expect(page.getByRole("article").filter({ hasText: lastName })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath("pickups-after-hand-over.png") });

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Afhalen");
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
  await expect(card.getByRole("group", { name: "Het vermelden waard" })).not.toContainText("Chair mats");
});

test("English-speaking store staff get the board in English", async ({ page }) => {
  await signInAs(page, "store_staff", ["STR-AMS"], "Sam Store", "en");
  await page.goto("/pickups");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pickups");
  const first = page.getByRole("article").first();
  await expect(first.getByRole("button", { name: /^Hand over order #/ })).toHaveText("Hand over");
  await expect(first.getByRole("group", { name: "Worth mentioning" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("pickups-en-1024.png") });
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
]) {
  test(`at ${viewport.width}×${viewport.height} the pickups fit the screen and the first Meegeven is in view`, async ({
    page,
  }) => {
    // Seeding, two layouts and an axe run over a full board: more than the default 30 s on a busy machine.
    test.setTimeout(60_000);
    await page.setViewportSize(viewport);
    await signInAs(page, "store_staff", ["STR-AMS"]);
    const lastName = `Lange-Achternaam-Van-Der-Berg-${randomBytes(3).toString("hex")}`;
    const { id } = await createCustomer(e2eDatabase(), { firstName: "Wilhelmina", lastName });
    await createOrder(e2eDatabase(), {
      customerId: id,
      locationCode: "STR-AMS",
      readyDate: today,
      lines: [{ productName: "Opvouwbare werktafel met verstelbare hoogte en kabelgoot", category: "desks" }],
    });
    await page.goto("/pickups");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Afhalen");

    expect(await boardOverflow(page)).toEqual([]);
    expect(await smallBoardTargets(page), "controls smaller than 44×44 px").toEqual([]);

    const first = page.getByRole("article").first();
    await expect(first.getByRole("heading", { level: 2 })).toBeInViewport();
    const handOver = first.getByRole("button", { name: /^Meegeven/ });
    await expect(handOver).toBeInViewport();
    expect((await handOver.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    const filter = await page.getByRole("searchbox", { name: "Afhaalbestellingen filteren" }).boundingBox();
    expect(filter && filter.x >= 0 && filter.x + filter.width <= viewport.width).toBe(true);

    // A long name and a long product wrap inside their card.
    const card = page.getByRole("article").filter({ hasText: lastName });
    await card.scrollIntoViewIfNeeded();
    await expect(card.getByRole("link", { name: `Wilhelmina ${lastName}` })).toBeVisible();
    expect(await card.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: test.info().outputPath(`pickups-${viewport.width}.png`) });

    const axe = await new AxeBuilder({ page }).include("main").analyze();
    const serious = axe.violations.filter((violation) =>
      ["serious", "critical"].includes(violation.impact ?? ""),
    );
    expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}
