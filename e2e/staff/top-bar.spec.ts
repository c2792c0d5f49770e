// Issue 15: the top bar on a phone, a tablet standing up, a 1024 px tablet lying down and a desktop.
// Below 1024 px it collapses into a menu (the search stays in the bar); from 1024 px the links are in
// the bar, the less used ones under "Meer" until 1280 px. No sideways scrolling anywhere.
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../support/auth";
import { expectNoHorizontalScroll, expectNoSeriousAxeViolations, signOut } from "../support/shell";

async function expectTouchSize(page: Page, locator: ReturnType<Page["getByRole"]>, label: string) {
  const box = await locator.boundingBox();
  expect(box, label).not.toBeNull();
  expect(box!.height, `${label} height`).toBeGreaterThanOrEqual(44);
  expect(box!.width, `${label} width`).toBeGreaterThanOrEqual(44);
  expect(box!.x + box!.width, `${label} right edge`).toBeLessThanOrEqual(page.viewportSize()!.width);
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
]) {
  test(`at ${viewport.width} px the top bar collapses into a menu that works by touch and keyboard`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await signInAs(page, "manager", ["HTL-AMS", "STR-AMS"], "Marieke van den Berg-Oosterhuis");
    await page.goto("/customers");
    const bar = page.getByRole("banner");
    await expect(bar.getByRole("navigation")).toHaveCount(0);
    await expectNoHorizontalScroll(page);
    await expectTouchSize(page, bar.getByRole("button", { name: "Zoeken naar klanten" }), "search");
    const menuButton = bar.getByRole("button", { name: "Menu" });
    await expectTouchSize(page, menuButton, "menu");
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");

    // Open: the links and the account are there, focus is on the first link, Esc gives it back.
    await menuButton.click();
    await expect(menuButton).toHaveAttribute("aria-expanded", "true");
    const nav = bar.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(nav.getByRole("link")).toHaveText([
      "Aankomsten",
      "Afhalen",
      "Klanten",
      "Inzichten",
      "Controle",
    ]);
    await expect(nav.getByRole("link", { name: "Klanten" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Aankomsten" })).toBeFocused();
    await expect(bar).toContainText("Marieke van den Berg-Oosterhuis");
    const signOutButton = bar.getByRole("button", { name: "Uitloggen" });
    await expect(signOutButton).toBeInViewport({ ratio: 1 });
    await expectTouchSize(page, signOutButton, "sign out");
    await expectNoHorizontalScroll(page);
    await expectNoSeriousAxeViolations(page, `menu open at ${viewport.width}`);
    await page.screenshot({ path: `test-results/e2e/screenshots/top-bar-menu-${viewport.width}.png` });
    await page.keyboard.press("Escape");
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");
    await expect(menuButton).toBeFocused();
    await expect(nav).toBeHidden();

    // It closes when a link takes you somewhere, and the account pages are one tap in.
    await menuButton.click();
    await nav.getByRole("link", { name: "Inzichten" }).click();
    await expect(page).toHaveURL(/\/insights$/);
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");
    await menuButton.click();
    await bar.getByRole("link", { name: "Mijn account" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn account");
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");
    await expectNoHorizontalScroll(page);
    await expectNoSeriousAxeViolations(page, `account page at ${viewport.width}`);

    await signOut(page);
  });
}

test("at 1024 px the links fit in the bar, with the boards under 'Meer'; at 1440 px all are in the bar", async ({
  page,
}) => {
  await signInAs(page, "manager", ["HTL-AMS", "STR-AMS"], "Marieke van den Berg-Oosterhuis");
  await page.goto("/insights");
  const bar = page.getByRole("banner");
  const nav = bar.getByRole("navigation", { name: "Hoofdmenu" });
  await expect(nav.getByRole("link")).toHaveText(["Klanten", "Inzichten", "Controle"]);
  await expect(nav.getByRole("link", { name: "Inzichten" })).toHaveAttribute("aria-current", "page");
  // One row: the bar is as tall as one link, and nothing sticks out on the right.
  const barBox = await bar.boundingBox();
  expect(barBox!.height).toBeLessThanOrEqual(72);
  await expectNoHorizontalScroll(page);
  for (const name of ["Meer pagina's", "Zoeken naar klanten", /^Accountmenu/]) {
    await expectTouchSize(page, bar.getByRole("button", { name }), String(name));
  }

  await page.goto("/customers");
  await expectNoSeriousAxeViolations(page, "customers at 1024");
  await bar.getByRole("button", { name: "Meer pagina's" }).click();
  const more = page.getByRole("menu");
  await expect(more.getByRole("menuitem")).toHaveText(["Aankomsten", "Afhalen"]);
  await more.getByRole("menuitem", { name: "Aankomsten" }).click();
  await expect(page).toHaveURL(/\/arrivals$/);
  await expect(more).toBeHidden();

  // The account menu: the account, password and security pages, and signing out.
  const accountButton = bar.getByRole("button", { name: /^Accountmenu/ });
  await accountButton.click();
  const account = page.getByRole("menu");
  await expect(account).toContainText("Manager · ");
  await expect(account.getByRole("menuitem")).toHaveText([
    "Mijn account",
    "Wachtwoord wijzigen",
    "Beveiliging",
    "Uitloggen",
  ]);
  await page.screenshot({ path: "test-results/e2e/screenshots/top-bar-1024-account-menu.png" });
  await page.keyboard.press("Escape");
  await expect(accountButton).toBeFocused();

  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(nav.getByRole("link")).toHaveText([
    "Aankomsten",
    "Afhalen",
    "Klanten",
    "Inzichten",
    "Controle",
  ]);
  await expect(bar.getByRole("button", { name: "Meer pagina's" })).toBeHidden();
  await expectNoHorizontalScroll(page);
  await page.screenshot({ path: "test-results/e2e/screenshots/top-bar-1440.png" });
});

test("the skip link is the first tab stop and jumps to the page's content", async ({ page }) => {
  await signInAs(page, "receptionist", ["HTL-AMS"]);
  await page.goto("/account");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Naar de inhoud" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});
