import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createCustomer } from "../../tests/factories/customer-factory";
import { signInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";

// A receptionist logs a note from the greeting card: it shows in the journey at once (optimistic),
// stays after a reload (stored), and a failed save takes it back out and says why.

async function openCustomer(page: Page) {
  const lastName = `Note-${randomBytes(3).toString("hex")}`;
  const { id } = await createCustomer(e2eDatabase(), {
    firstName: "Sanne",
    lastName,
    salutation: "mevrouw",
    events: [
      {
        type: "check_in",
        channel: "in_person",
        direction: "inbound",
        occurredAt: new Date(Date.now() - 3_600_000),
        summary: "Checked in, room 218",
        locationCode: "HTL-AMS",
      },
    ],
  });
  await page.goto(`/customers/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(lastName);
  return id;
}

const noteButton = (page: Page) =>
  page.getByRole("region", { name: "Vastleggen wat er gebeurde" }).getByRole("button", { name: "Notitie" });

async function writeNote(page: Page, text: string) {
  await noteButton(page).click();
  const dialog = page.getByRole("dialog", { name: "Notitie" });
  await dialog.getByLabel("Wat gebeurde er?").fill(text);
  await dialog.getByRole("button", { name: "Notitie opslaan" }).click();
  await expect(dialog).toBeHidden();
  // Focus is back on the button that opened the dialog.
  await expect(noteButton(page)).toBeFocused();
}

test("a note logged on the card appears in the journey at once and is still there after a reload", async ({
  page,
}, testInfo) => {
  await signInAs(page, "receptionist", ["HTL-AMS"], "Femke de Wit");
  await openCustomer(page);
  // Hold the answer back a moment, so the optimistic entry can be seen before the server confirms.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/customers/*/journal", async (route) => {
    await held;
    await route.continue();
  });

  const text = `Vroeg om extra handdoeken ${randomBytes(2).toString("hex")}`;
  await writeNote(page, text);
  const journey = page.getByRole("list", { name: "Klantreis" });
  const entry = journey.getByRole("article").filter({ hasText: text });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText("Opslaan…");
  await expect(entry).toContainText("Notitie van collega");
  await expect(entry).toContainText("Jij");
  await expect(page.getByRole("status").filter({ hasText: "Notitie opslaan…" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("note-optimistic.png") });

  release();
  await expect(entry).not.toContainText("Opslaan…");
  await expect(entry).toContainText("Femke de Wit");
  await expect(page.getByRole("status").filter({ hasText: "Notitie opgeslagen." })).toBeVisible();

  await page.unroute("**/api/customers/*/journal");
  await page.reload();
  const stored = page.getByRole("list", { name: "Klantreis" }).getByRole("article").filter({ hasText: text });
  await expect(stored).toBeVisible();
  await expect(stored).toContainText("Femke de Wit");
  // Newest first: the note sits above the check-in of an hour ago.
  const articles = await page.getByRole("list", { name: "Klantreis" }).getByRole("article").allInnerTexts();
  expect(articles.findIndex((item) => item.includes(text))).toBeLessThan(
    articles.findIndex((item) => item.includes("Checked in, room 218")),
  );
  await stored.getByRole("button", { name: /Details/ }).click();
  await expect(stored.getByText("Vastgelegd in Gastvrij")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("note-stored.png"), fullPage: true });
});

test("a note that fails to save disappears again and the failure is named", async ({ page }, testInfo) => {
  await signInAs(page, "receptionist", ["HTL-AMS"]);
  await openCustomer(page);
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/customers/*/journal", async (route) => {
    await held;
    await route.fulfill({
      status: 503,
      contentType: "application/json",
      body: JSON.stringify({ error: "the database is not answering right now." }),
    });
  });

  const text = `Wil om 07:00 een taxi ${randomBytes(2).toString("hex")}`;
  await writeNote(page, text);
  const entry = page.getByRole("list", { name: "Klantreis" }).getByRole("article").filter({ hasText: text });
  await expect(entry).toBeVisible();
  release();

  await expect(entry).toHaveCount(0);
  const alert = page.getByRole("alert").filter({ hasText: "Je notitie is niet opgeslagen" });
  await expect(alert).toContainText("the database is not answering right now.");
  await expect(page.getByText("Notitie opgeslagen.")).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("note-failed.png") });

  // What was typed is kept for another try; closing the dialog returns to the retry button.
  const retry = alert.getByRole("button", { name: "Aanpassen en opnieuw proberen" });
  await retry.click();
  await expect(page.getByRole("dialog", { name: "Notitie" }).getByLabel("Wat gebeurde er?")).toHaveValue(
    text,
  );
  await page.keyboard.press("Escape");
  await expect(retry).toBeFocused();

  await page.unroute("**/api/customers/*/journal");
  await page.reload();
  await expect(page.getByRole("list", { name: "Klantreis" }).getByText("Checked in, room 218")).toBeVisible();
  await expect(page.getByText(text)).toHaveCount(0);
});

test("the form names a missing field instead of saving", async ({ page }) => {
  await signInAs(page, "receptionist", ["HTL-AMS"]);
  await openCustomer(page);
  let posted = 0;
  page.on("request", (request) => {
    if (request.url().includes("/journal") && request.method() === "POST") posted += 1;
  });
  const factButton = page
    .getByRole("region", { name: "Vastleggen wat er gebeurde" })
    .getByRole("button", { name: "Iets geleerd" });
  await factButton.click();
  const dialog = page.getByRole("dialog", { name: "Iets geleerd" });
  await dialog.getByRole("button", { name: "Feit opslaan" }).click();
  await expect(dialog.getByText("Soort feit: kies er een")).toBeVisible();
  await expect(dialog.getByText("Wat ze ons vertelden: mag niet leeg zijn")).toBeVisible();
  expect(posted).toBe(0);
  await dialog.getByRole("button", { name: "Annuleren" }).click();
  await expect(factButton).toBeFocused();
});

test("an outcome logged in Dutch reads in English for an English-speaking colleague", async ({ page }) => {
  await signInAs(page, "receptionist", ["HTL-AMS"]);
  const id = await openCustomer(page);
  await page
    .getByRole("region", { name: "Vastleggen wat er gebeurde" })
    .getByRole("button", { name: "Uitkomst" })
    .click();
  const dialog = page.getByRole("dialog", { name: "Uitkomst" });
  await dialog.getByRole("radio", { name: "Probleem opgelost" }).check();
  await dialog.getByLabel("Toelichting (niet verplicht)").fill("Nieuwe sleutelkaart gemaakt");
  await dialog.getByRole("button", { name: "Uitkomst opslaan" }).click();
  const logged = page.getByRole("list", { name: "Klantreis" }).getByRole("article").first();
  await expect(logged).toContainText("Probleem opgelost: Nieuwe sleutelkaart gemaakt");
  await expect(page.getByRole("status").filter({ hasText: "Uitkomst opgeslagen." })).toBeVisible();
  await expect(logged).not.toContainText("Opslaan…");

  // A colleague who works in English, on the same desk.
  await page.context().clearCookies();
  await signInAs(page, "receptionist", ["HTL-AMS"], "Emma Reed", "en");
  await page.goto(`/customers/${id}`);
  const read = page.getByRole("list", { name: "Journey" }).getByRole("article").first();
  await expect(read).toContainText("Staff outcome");
  await expect(read).toContainText("Resolved an issue: Nieuwe sleutelkaart gemaakt");
});

test("on a phone the dialog fits the screen, and Escape gives focus back to its button", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "receptionist", ["HTL-AMS", "STR-AMS"]);
  await openCustomer(page);
  const outcome = page
    .getByRole("region", { name: "Vastleggen wat er gebeurde" })
    .getByRole("button", { name: "Uitkomst" });
  expect((await outcome.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await outcome.click();
  const dialog = page.getByRole("dialog", { name: "Uitkomst" });
  await expect(dialog.getByRole("radio")).toHaveCount(4);
  // Two places to choose from: the form asks where it happened.
  await expect(dialog.getByLabel("Waar")).toBeVisible();
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/e2e/screenshots/log-outcome-390x844.png" });
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(outcome).toBeFocused();
});
