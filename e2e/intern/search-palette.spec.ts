import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createCustomer } from "../../tests/factories/customer-factory";
import { signInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { expectNoHorizontalScroll, expectNoSeriousAxeViolations } from "../support/shell";

// Issue 5: an intern searches a misspelled name with Ctrl-K (⌘K on a Mac), picks the result with the
// keyboard, and the card opens with personal data masked.

async function seedGuest() {
  // A run-unique first name keeps the guest apart from the demo seed's customers and earlier runs.
  // Letters only (digits would make it an identifier search), enough of them that two never collide.
  const suffix = [...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("");
  const firstName = `Femke${suffix}`;
  const email = `femke.${randomBytes(3).toString("hex")}@example.nl`;
  const phone = `0624${String(randomBytes(3).readUIntBE(0, 3) % 1_000_000).padStart(6, "0")}`;
  const { id } = await createCustomer(e2eDatabase(), {
    firstName,
    lastName: "Zwartendijk",
    city: "Haarlem",
    identities: [
      { type: "email", value: email },
      { type: "phone", value: phone },
    ],
    events: [
      {
        type: "check_in",
        channel: "in_person",
        direction: "inbound",
        occurredAt: new Date(Date.now() - 3 * 86_400_000),
        summary: "Checked in",
        locationCode: "HTL-AMS",
      },
    ],
  });
  return { id, firstName, email, phone, name: `${firstName} Zwartendijk` };
}

function collectBodies(page: Page): string[] {
  const bodies: string[] = [];
  page.on("response", async (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (/html|json|text\/x-component|javascript/.test(type))
      bodies.push(await response.text().catch(() => ""));
  });
  return bodies;
}

test("an intern finds a misspelled name with Ctrl-K, opens it by keyboard and sees masked data", async ({
  page,
}, testInfo) => {
  const guest = await seedGuest();
  const bodies = collectBodies(page);
  await signInAs(page, "intern", ["HTL-AMS"]);
  await page.goto("/customers");
  await expect(page.getByRole("heading", { level: 1, name: "Klanten" })).toBeVisible();

  await page.keyboard.press(process.platform === "darwin" ? "Meta+k" : "Control+k");
  const palette = page.getByRole("dialog", { name: "Klanten zoeken" });
  await expect(palette).toBeVisible();
  const input = palette.getByRole("combobox", { name: /Naam, e-mail, telefoon/ });
  await expect(input).toBeFocused();

  // "Zwartendjik": two letters swapped, as heard at the desk.
  await input.pressSequentially(`${guest.firstName} Zwartendjik`, { delay: 20 });
  const hit = palette.getByRole("option", { name: new RegExp(guest.name) });
  await expect(hit).toBeVisible();
  await expect(hit).toContainText("Vergelijkbare spelling");
  await expect(hit).toContainText("Haarlem");
  await expect(hit).toContainText(/Laatst gezien 3 dagen geleden/);
  // The best match comes first and is already selected; the arrow keys move and come back.
  await expect(hit).toHaveAttribute("aria-selected", "true");
  await page.screenshot({ path: testInfo.outputPath("intern-search-palette.png") });
  await page.screenshot({ path: "test-results/e2e/screenshots/intern-search-palette.png" });
  await page.keyboard.press("ArrowDown");
  await expect(hit).toHaveAttribute("aria-selected", "false");
  await page.keyboard.press("ArrowUp");
  await expect(hit).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(new RegExp(`/customers/${guest.id}$`));
  await expect(palette).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(guest.name);
  await expect(page.getByText(`f***@e***.nl`).first()).toBeVisible();
  await expect(page.getByText(`+31 6 ** ** ** ${guest.phone.slice(-2)}`).first()).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/screenshots/intern-search-card.png", fullPage: true });

  const everything = bodies.join("\n") + (await page.content());
  expect(everything).not.toContain(guest.email);
  expect(everything).not.toContain(guest.phone.slice(2));
});

test("the top bar's search button opens the palette, and Esc closes it and gives focus back", async ({
  page,
}) => {
  const guest = await seedGuest();
  await signInAs(page, "intern", ["HTL-AMS"]);
  await page.goto("/customers");
  const button = page.getByRole("button", { name: "Zoeken naar klanten" });
  await button.click();
  const palette = page.getByRole("dialog", { name: "Klanten zoeken" });
  await expect(palette).toBeVisible();
  await expect(palette.getByRole("status")).toContainText("Typ minstens 2 letters");

  await page.keyboard.type("Zwartendijk");
  await expect(palette.getByRole("option", { name: new RegExp(guest.name) })).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/screenshots/intern-search-palette-surname.png" });
  await page.keyboard.press("Escape");
  await expect(palette).toBeHidden();
  await expect(button).toBeFocused();

  // Reopened, it starts empty, and a search with no match says so.
  await button.press("Enter");
  await expect(palette.getByRole("combobox")).toHaveValue("");
  await page.keyboard.type("Qxqxqzz");
  await expect(palette.getByRole("status")).toContainText("Geen klanten gevonden voor “Qxqxqzz”");

  // On a touch screen there is no Esc: the palette's own close button also gives focus back.
  await palette.getByRole("button", { name: "Sluiten" }).click();
  await expect(palette).toBeHidden();
  await expect(button).toBeFocused();
});

test("every role has the search in the top bar of every page, inside a 1024 px wide screen", async ({
  page,
}) => {
  await signInAs(page, "manager", ["HTL-AMS", "STR-AMS"]);
  for (const path of ["/insights", "/arrivals", "/audit"]) {
    await page.goto(path);
    const button = page.getByRole("button", { name: "Zoeken naar klanten" });
    await expect(button, path).toBeVisible();
    const box = await button.boundingBox();
    expect(box && box.x + box.width, path).toBeLessThanOrEqual(1024);
    const account = await page.getByRole("button", { name: /^Accountmenu/ }).boundingBox();
    expect(account && account.x + account.width, path).toBeLessThanOrEqual(1024);
  }
  await page.keyboard.press(process.platform === "darwin" ? "Meta+k" : "Control+k");
  await expect(page.getByRole("dialog", { name: "Klanten zoeken" })).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/screenshots/manager-search-top-bar.png" });
});

test("on a phone the search is one tap away, and the results page stacks its rows as cards", async ({
  page,
}) => {
  const guest = await seedGuest();
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "intern", ["HTL-AMS"]);
  await page.goto("/customers");
  const button = page.getByRole("banner").getByRole("button", { name: "Zoeken naar klanten" });
  const box = await button.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(44);
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await button.click();
  const palette = page.getByRole("dialog", { name: "Klanten zoeken" });
  await palette.getByRole("combobox").fill("Zwartendijk");
  await expect(palette.getByRole("option", { name: new RegExp(guest.name) })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoSeriousAxeViolations(page, "search palette at 390 px");
  await page.screenshot({ path: "test-results/e2e/screenshots/search-palette-390.png" });
  await palette.getByRole("option", { name: /Alle resultaten voor/ }).click();

  await expect(page).toHaveURL(/\/customers\?q=Zwartendijk$/);
  const link = page.getByRole("table").getByRole("link", { name: guest.name });
  await expect(link).toBeVisible();
  await expectNoHorizontalScroll(page);
  // A card: the name on top, the city under it with its column's name, all within the screen.
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: guest.name }) });
  await expect(row).toContainText("Woonplaats");
  await expect(row).toContainText("Haarlem");
  const rowBox = await row.boundingBox();
  expect(rowBox!.x + rowBox!.width).toBeLessThanOrEqual(390);
  await expectNoSeriousAxeViolations(page, "customer results at 390 px");
  await page.screenshot({ path: "test-results/e2e/screenshots/customers-390.png", fullPage: true });
});
