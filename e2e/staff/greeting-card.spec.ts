import { expect, test } from "@playwright/test";
import { signInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { seedReturningGuest } from "./greeting-card-data";

test("a receptionist reads a returning guest's greeting card at a glance, on one tablet screen", async ({
  page,
}, testInfo) => {
  const guest = await seedReturningGuest(e2eDatabase());
  await signInAs(page, "receptionist", ["HTL-AMS"]);
  await page.goto(`/customers/${guest.id}`);

  const card = page.getByRole("region", { name: "Greeting card" });
  await expect(card.getByRole("heading", { level: 1 })).toHaveText(`Marieke ${guest.lastName}`);
  // The greeting follows the hour in Amsterdam; the Dutch surname particle is capitalised.
  await expect(card.getByText(/^Goede(morgen|middag|navond) mevrouw Van den Berg$/)).toBeVisible();

  const channel = card.getByRole("region", { name: "Channel of arrival" });
  await expect(channel).toContainText("First came through a newsletter in April 2023");
  await expect(channel).toContainText("This visit: Booked via Booking.com");

  const attention = card.getByRole("region", { name: "Attention" });
  await expect(attention).toContainText("Open complaint: Noisy room");
  await expect(attention).toContainText("opened 3 days ago");
  // The complaint call that opened the case is the case, not also an unanswered contact.
  await expect(attention).not.toContainText("Unanswered");
  await expect(card.getByRole("list", { name: "At a glance" })).toContainText("Open complaint");

  const today = card.getByRole("region", { name: "Why here today" });
  await expect(today).toContainText("Arriving today");
  await expect(today).toContainText("Superior king, room 214");
  await expect(today).toContainText("2 nights");

  const relationship = card.getByRole("region", { name: "Relationship" });
  await expect(relationship).toContainText("Returning guest · 3rd stay");
  await expect(relationship).toContainText("2 earlier stays · 1 earlier order");

  const facts = card.getByRole("region", { name: "Don’t ask again" });
  await expect(facts).toContainText("Dietary: Gluten-free");
  await expect(facts).toContainText("Already gave feedback: On 14 Sep 2025, about the stay");
  await expect(facts).toContainText("email tool");

  await expect(card.getByRole("region", { name: "Relevant advice" })).toBeVisible();
  await expect(card.getByRole("region", { name: "Contact pressure" })).toBeVisible();

  // The whole card is on screen at 1024×768 without scrolling.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const box = await card.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(768);

  const screenshot = testInfo.outputPath("greeting-card-1024x768.png");
  await page.screenshot({ path: screenshot });
  await page.screenshot({ path: "test-results/e2e/screenshots/greeting-card-1024x768.png" });
  await testInfo.attach("greeting card at 1024×768", { path: screenshot, contentType: "image/png" });
});

test("the card's sections are reachable by keyboard and say so when they are empty", async ({ page }) => {
  const { id } = await seedReturningGuest(e2eDatabase());
  await e2eDatabase().query(`DELETE FROM "CustomerFact" WHERE "customerId" = $1`, [id]);
  await signInAs(page, "receptionist", ["HTL-AMS"]);
  await page.goto(`/customers/${id}`);
  await expect(page.getByRole("region", { name: "Don’t ask again" })).toContainText("Nothing recorded yet");
  // Tab from the top reaches the way back and then the log controls, in reading order.
  await page.keyboard.press("Tab");
  const back = page.getByRole("link", { name: "All customers" });
  for (let i = 0; i < 12 && !(await back.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(back).toBeFocused();
});
