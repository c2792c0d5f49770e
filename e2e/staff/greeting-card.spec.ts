import { expect, test } from "@playwright/test";
import { signInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { seedReturningGuest, seedShopCustomer } from "./greeting-card-data";
import { expectNoSidewaysScroll as expectNoSideways } from "./profile-layout";

const SHOTS = "test-results/e2e/screenshots";

/** The card's parts in the order a receptionist reads them on a phone or an upright tablet. */
const SECTIONS_BY_IMPORTANCE = [
  "Waarom ze hier zijn",
  "Let op",
  "Niet opnieuw vragen",
  "Passend advies",
  "Contactdruk",
];

test("a receptionist reads a returning guest's greeting card at a glance, on one tablet screen", async ({
  page,
}, testInfo) => {
  const guest = await seedReturningGuest(e2eDatabase());
  await signInAs(page, "receptionist", ["HTL-AMS"]);
  await page.goto(`/customers/${guest.id}`);

  const card = page.getByRole("region", { name: "Begroetingskaart" });
  await expect(card.getByRole("heading", { level: 1 })).toHaveText(`Marieke ${guest.lastName}`);
  // The greeting follows the guest's language and the hour in Amsterdam; the surname particle is capitalised.
  await expect(card.getByText(/^Goede(morgen|middag|navond) mevrouw Van den Berg$/)).toBeVisible();
  await expect(card.getByText("(Nederlands, formeel)")).toBeVisible();

  const channel = card.getByRole("region", { name: "Hoe ze bij ons kwamen" });
  await expect(channel).toContainText("Kwam in april 2023 voor het eerst via een nieuwsbrief");
  await expect(channel).toContainText("Dit bezoek: Geboekt via Booking.com");

  const attention = card.getByRole("region", { name: "Let op" });
  await expect(attention).toContainText("Openstaande klacht: Noisy room");
  await expect(attention).toContainText("geopend 3 dagen geleden");
  // The complaint call that opened the case is the case, not also an unanswered contact.
  await expect(attention).not.toContainText("Onbeantwoord");
  await expect(card.getByRole("list", { name: "In één oogopslag" })).toContainText("Openstaande klacht");

  const today = card.getByRole("region", { name: "Waarom ze hier zijn" });
  await expect(today).toContainText("Komt vandaag aan");
  await expect(today).toContainText("Superior king, kamer 214");
  await expect(today).toContainText("2 nachten");

  const relationship = card.getByRole("region", { name: "Klantrelatie" });
  await expect(relationship).toContainText("Terugkerende gast · 3e verblijf");
  await expect(relationship).toContainText("2 eerdere verblijven · 1 eerdere bestelling");

  const facts = card.getByRole("region", { name: "Niet opnieuw vragen" });
  await expect(facts).toContainText("Dietary: Gluten-free");
  await expect(facts).toContainText("Already gave feedback: On 14 Sep 2025, about the stay");
  await expect(facts).toContainText("email tool");

  await expect(card.getByRole("region", { name: "Passend advies" })).toBeVisible();
  const pressure = card.getByRole("region", { name: "Contactdruk" });
  await expect(pressure.getByRole("list", { name: "Mogen we nu contact opnemen?" })).toBeVisible();
  await expect(pressure).toContainText("Feedback vragen? Nee:");
  await expect(pressure).toContainText("Klacht CASE-");

  // The whole card is on screen at 1024×768 without scrolling.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const box = await card.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(768);
  await expectNoSideways(page);

  const screenshot = testInfo.outputPath("greeting-card-1024x768.png");
  await page.screenshot({ path: screenshot });
  await page.screenshot({ path: `${SHOTS}/greeting-card-1024x768.png` });
  await testInfo.attach("greeting card at 1024×768", { path: screenshot, contentType: "image/png" });
});

test("opening a profile puts focus on the customer's name, and the card says when a part is empty", async ({
  page,
}) => {
  const { id } = await seedReturningGuest(e2eDatabase());
  await e2eDatabase().query(`DELETE FROM "CustomerFact" WHERE "customerId" = $1`, [id]);
  await signInAs(page, "receptionist", ["HTL-AMS"]);
  await page.goto(`/customers/${id}`);
  await expect(page.getByRole("region", { name: "Niet opnieuw vragen" })).toContainText(
    "Nog niets vastgelegd",
  );
  const name = page.getByRole("heading", { level: 1 });
  await expect(name).toBeFocused();
  // The way back sits just before the name; Tab goes on into the card's controls.
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("link", { name: "Alle klanten" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(
    page.getByRole("region", { name: "Vastleggen wat er gebeurde" }).getByRole("button", { name: "Notitie" }),
  ).toBeFocused();
});

test("a shop assistant reads a customer collecting an order today", async ({ page }) => {
  const shopper = await seedShopCustomer(e2eDatabase());
  await signInAs(page, "store_staff", ["STR-AMS"]);
  await page.goto(`/customers/${shopper.id}`);

  const card = page.getByRole("region", { name: "Begroetingskaart" });
  await expect(card.getByRole("heading", { level: 1 })).toHaveText(`Daan ${shopper.lastName}`);
  await expect(card.getByText(/^Goede(morgen|middag|navond) meneer Visser-/)).toBeVisible();
  const channel = card.getByRole("region", { name: "Hoe ze bij ons kwamen" });
  await expect(channel).toContainText("voor het eerst via een zoekadvertentie op Google");
  await expect(channel).toContainText("Dit bezoek: Besteld op onze website");
  const today = card.getByRole("region", { name: "Waarom ze hier zijn" });
  await expect(today).toContainText(`Haalt bestelling WEB-TODAY-`);
  await expect(today.getByRole("list", { name: /^Artikelen in bestelling/ })).toContainText(
    "1 × Ergonomic office chair Flex",
  );
  await expect(card.getByRole("list", { name: "In één oogopslag" })).toContainText("Komt bestelling afhalen");
  await expect(card.getByRole("region", { name: "Klantrelatie" })).toContainText("3e bestelling");
  await expect(card.getByRole("region", { name: "Niet opnieuw vragen" })).toContainText(
    "Contact: Call when an order is ready",
  );
  await expectNoSideways(page);
  await page.screenshot({ path: `${SHOTS}/greeting-card-shop-1024x768.png` });
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
]) {
  test(`at ${viewport.width}×${viewport.height} the card's parts stack by importance, badges keep their words`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const guest = await seedReturningGuest(e2eDatabase());
    const shopper = await seedShopCustomer(e2eDatabase());
    await signInAs(page, "receptionist", ["HTL-AMS", "STR-AMS"]);
    for (const [who, id] of [
      ["guest", guest.id],
      ["shop", shopper.id],
    ] as const) {
      await page.goto(`/customers/${id}`);
      const card = page.getByRole("region", { name: "Begroetingskaart" });
      await expect(card.getByRole("region", { name: "Contactdruk" }).getByRole("meter")).toBeVisible();
      const tops: number[] = [];
      for (const name of SECTIONS_BY_IMPORTANCE) {
        const box = await card.getByRole("region", { name, exact: true }).boundingBox();
        tops.push(box!.y);
      }
      expect(tops, "sections in order of importance, one under the other").toEqual(
        [...tops].sort((a, b) => a - b),
      );
      // Every badge shows all its words: nothing cut off, nothing hidden.
      const badges = card.getByRole("list", { name: "In één oogopslag" }).getByRole("listitem");
      for (const badge of await badges.all()) {
        expect(await badge.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      }
      // Touch targets: the way back and the log buttons are at least 44 px tall.
      for (const target of [
        page.getByRole("link", { name: "Alle klanten" }),
        page.getByRole("region", { name: "Vastleggen wat er gebeurde" }).getByRole("button").first(),
      ]) {
        expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      }
      await expectNoSideways(page);
      await page.screenshot({
        path: `${SHOTS}/greeting-card-${who}-${viewport.width}x${viewport.height}.png`,
        fullPage: true,
      });
    }
  });
}

test("an English-speaking receptionist reads the same card in English; the greeting stays Dutch", async ({
  page,
}) => {
  const guest = await seedReturningGuest(e2eDatabase());
  await signInAs(page, "receptionist", ["HTL-AMS"], "Emma Reed", "en");
  await page.goto(`/customers/${guest.id}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const card = page.getByRole("region", { name: "Greeting card" });
  await expect(card.getByText(/^Goede(morgen|middag|navond) mevrouw Van den Berg$/)).toBeVisible();
  await expect(card.getByText("(Dutch, formal)")).toBeVisible();
  await expect(card.getByRole("region", { name: "Channel of arrival" })).toContainText(
    "First came through a newsletter in April 2023",
  );
  await expect(card.getByRole("region", { name: "Attention" })).toContainText("Open complaint: Noisy room");
  await expect(card.getByRole("region", { name: "Relationship" })).toContainText(
    "Returning guest · 3rd stay",
  );
  await expect(card.getByRole("region", { name: "Contact pressure" })).toContainText("Ask for feedback? No:");
  await page.screenshot({ path: `${SHOTS}/greeting-card-en-1024x768.png` });
});
