import { expect, test } from "@playwright/test";
import { ROLE_HOME, type Role } from "../../lib/auth/permissions";
import { createStaffAccount, E2E_PASSWORD } from "../support/auth";
import { enrolAuthenticatorApp } from "../support/second-factor";
import { expectNoHorizontalScroll, expectNoSeriousAxeViolations, signOut } from "../support/shell";

// A Dutch browser: the login page speaks Dutch before anyone has signed in.
test.use({ locale: "nl-NL" });

// Each role's home, by the top bar's link that lights up there.
const HOMES: { role: Role; locations: string[]; nav: string }[] = [
  { role: "receptionist", locations: ["HTL-AMS"], nav: "Aankomsten" },
  { role: "store_staff", locations: ["STR-AMS"], nav: "Afhalen" },
  { role: "manager", locations: ["HTL-AMS", "STR-AMS"], nav: "Inzichten" },
  { role: "admin", locations: [], nav: "Beheer" },
  { role: "intern", locations: ["HTL-AMS"], nav: "Klanten" },
];

test("an anonymous visitor is sent to the login page and back after signing in", async ({ page }) => {
  const staff = await createStaffAccount("receptionist", ["HTL-AMS"]);
  await page.goto("/customers?q=jansen");
  await expect(page).toHaveURL(/\/login\?next=%2Fcustomers%3Fq%3Djansen/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await page.getByLabel("E-mailadres").fill(staff.email);
  await page.getByLabel("Wachtwoord").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/customers\?q=jansen/);
});

for (const { role, locations, nav } of HOMES) {
  test(`${role} signs in through the form, lands on their home, and signs out`, async ({ page }) => {
    // Managers and admins also enrol their second factor on the way in.
    test.slow(role === "manager" || role === "admin");
    const staff = await createStaffAccount(role, locations, `Sam ${role}`);
    await page.goto("/login");
    await page.getByLabel("E-mailadres").fill(staff.email);
    await page.getByLabel("Wachtwoord").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Inloggen" }).click();
    if (role === "manager" || role === "admin") {
      // Their role requires a second factor: enrolment comes first, and nothing else opens.
      await expect(page).toHaveURL(/\/account\/security$/);
      await page.goto(ROLE_HOME[role]);
      await expect(page).toHaveURL(/\/account\/security$/);
      await enrolAuthenticatorApp(page);
      await page.goto("/");
    }
    await expect(page).toHaveURL(new RegExp(`${ROLE_HOME[role]}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: nav }),
    ).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("banner")).toContainText(`Sam ${role}`);
    await page.screenshot({ path: `test-results/e2e/screenshots/home-${role}.png` });
    await signOut(page);
    await page.goto(ROLE_HOME[role]);
    await expect(page).toHaveURL(/\/login/);
  });
}

test("a wrong password gets one message that doesn't say whether the account exists", async ({ page }) => {
  const staff = await createStaffAccount("intern", ["HTL-AMS"]);
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(staff.email);
  await page.getByLabel("Wachtwoord").fill("definitely-not-it-123");
  await page.getByRole("button", { name: "Inloggen" }).click();
  // Next's route announcer is an alert too; the form's message is the one inside the page.
  const message = page.getByRole("main").getByRole("alert");
  await expect(message).toContainText("Dat lukte niet");
  const wrongPassword = await message.innerText();
  await page.getByLabel("E-mailadres").fill("nobody-here@e2e.gastvrij.nl");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(message).toHaveText(wrongPassword);
  await expect(page).toHaveURL(/\/login/);
});

test.describe("in an English browser", () => {
  test.use({ locale: "en-GB" });

  test("the login page starts in English, and its language switch turns it Dutch for good", async ({
    page,
  }) => {
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    const switcher = page.getByRole("group", { name: "Language of the sign-in page" });
    await expect(switcher.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    await page.screenshot({ path: "test-results/e2e/screenshots/login-en.png" });
    await expectNoSeriousAxeViolations(page, "login page in English");

    await switcher.getByRole("button", { name: "Nederlands" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inloggen");
    await expect(page.getByLabel("E-mailadres")).toBeVisible();
    const dutch = page.getByRole("group", { name: "Taal van de inlogpagina" });
    await expect(dutch.getByRole("button", { name: "Nederlands" })).toHaveAttribute("aria-pressed", "true");
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === "gastvrij_locale")?.value).toBe("nl");

    // The device remembers it over the browser's own language.
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("button", { name: "Inloggen" })).toBeVisible();

    // On a phone too: nothing sticks out, nothing serious for axe.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoHorizontalScroll(page);
    await expectNoSeriousAxeViolations(page, "login page in Dutch at 390 px");
    await page.screenshot({ path: "test-results/e2e/screenshots/login-nl-390.png" });
  });
});
