import { expect, test } from "@playwright/test";
import { ROLE_HOME, type Role } from "../../lib/auth/permissions";
import { createStaffAccount, E2E_PASSWORD } from "../support/auth";
import { enrolAuthenticatorApp } from "../support/second-factor";

const HOMES: { role: Role; locations: string[]; heading: RegExp }[] = [
  { role: "receptionist", locations: ["HTL-AMS"], heading: /aankomsten/i },
  { role: "store_staff", locations: ["STR-AMS"], heading: /afhalen/i },
  { role: "manager", locations: ["HTL-AMS", "STR-AMS"], heading: /insights/i },
  { role: "admin", locations: [], heading: /staff accounts/i },
  { role: "intern", locations: ["HTL-AMS"], heading: /customers/i },
];

test("an anonymous visitor is sent to the login page and back after signing in", async ({ page }) => {
  const staff = await createStaffAccount("receptionist", ["HTL-AMS"]);
  await page.goto("/customers?q=jansen");
  await expect(page).toHaveURL(/\/login\?next=%2Fcustomers%3Fq%3Djansen/);
  await page.getByLabel("Email").fill(staff.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/customers\?q=jansen/);
});

for (const { role, locations, heading } of HOMES) {
  test(`${role} signs in through the form, lands on their home, and signs out`, async ({ page }) => {
    const staff = await createStaffAccount(role, locations, `Sam ${role}`);
    await page.goto("/login");
    await page.getByLabel("Email").fill(staff.email);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    if (role === "manager" || role === "admin") {
      // Their role requires a second factor: enrolment comes first, and nothing else opens.
      await expect(page).toHaveURL(/\/account\/security$/);
      await page.goto(ROLE_HOME[role]);
      await expect(page).toHaveURL(/\/account\/security$/);
      await enrolAuthenticatorApp(page);
      await page.goto("/");
    }
    await expect(page).toHaveURL(new RegExp(`${ROLE_HOME[role]}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.getByRole("banner")).toContainText(`Sam ${role}`);
    await page.screenshot({ path: `test-results/e2e/screenshots/home-${role}.png` });
    await page.getByRole("button", { name: /sign out/i }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto(ROLE_HOME[role]);
    await expect(page).toHaveURL(/\/login/);
  });
}

test("a wrong password gets one message that doesn't say whether the account exists", async ({ page }) => {
  const staff = await createStaffAccount("intern", ["HTL-AMS"]);
  await page.goto("/login");
  await page.getByLabel("Email").fill(staff.email);
  await page.getByLabel("Password").fill("definitely-not-it-123");
  await page.getByRole("button", { name: "Sign in" }).click();
  // Next's route announcer is an alert too; the form's message is the one inside the page.
  const message = page.getByRole("main").getByRole("alert");
  const wrongPassword = await message.innerText();
  await page.getByLabel("Email").fill("nobody-here@e2e.gastvrij.nl");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(message).toHaveText(wrongPassword);
  await expect(page).toHaveURL(/\/login/);
});
