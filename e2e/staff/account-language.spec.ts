// Issue 15: a staff member picks their own interface language on "Mijn account". The whole page,
// <html lang> included, switches at once, stays switched, and the login page keeps it after sign-out.
import { expect, test } from "@playwright/test";
import { signInAs } from "../support/auth";
import { expectNoHorizontalScroll, signOut } from "../support/shell";

test("switching to English changes the page language and <html lang> at once, and back", async ({ page }) => {
  await signInAs(page, "receptionist", ["HTL-AMS"], "Sanne de Wit");
  await page.goto("/arrivals");
  await page.getByRole("button", { name: /^Accountmenu/ }).click();
  await page.getByRole("menuitem", { name: "Mijn account" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn account");
  await expect(page.getByRole("radio", { name: "Nederlands" })).toBeChecked();
  await expectNoHorizontalScroll(page);
  await page.screenshot({ path: "test-results/e2e/screenshots/account-nl.png", fullPage: true });

  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My account");
  await expect(page.getByRole("status")).toHaveText("Your language is saved.");
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Arrivals" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Search customers" })).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/screenshots/account-en.png", fullPage: true });

  // Stored on the account: another page, a reload, all English.
  await page.goto("/customers");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Customers");

  // And the login page after signing out speaks it too.
  await signOut(page, "en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
});

test("back to Dutch from English", async ({ page }) => {
  await signInAs(page, "intern", ["HTL-AMS"], "Tom Intern", "en");
  await page.goto("/account");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("radio", { name: "Nederlands" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn account");
  await expect(page.getByRole("status")).toHaveText("Je taal is opgeslagen.");
  await page.goto("/customers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Klanten");
});
