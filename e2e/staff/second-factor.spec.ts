// The second factor through the real ceremonies: a passkey on Chromium's virtual authenticator
// (DevTools protocol) and an authenticator app whose codes the test computes from the shown key.
import { expect, test, type Page } from "@playwright/test";
import { generate } from "otplib";
import { createStaffAccount, E2E_PASSWORD } from "../support/auth";
import { E2E_PORT } from "../support/config";
import { e2eDatabase } from "../support/database";
import { addVirtualAuthenticator, enrolAuthenticatorApp } from "../support/second-factor";
import { signOut } from "../support/shell";

// WebAuthn refuses IP addresses as relying party, so these tests use the host name.
test.use({ baseURL: `http://localhost:${E2E_PORT}` });

/** The password step alone, through next-auth's endpoint; the second factor is still owed. */
async function signInWithPassword(page: Page, email: string): Promise<void> {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: E2E_PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(400);
}

/** As if the user's last second factor was `minutes` ago, so the next step-up action asks again. */
async function ageSecondFactor(email: string, minutes: number): Promise<void> {
  await e2eDatabase().query(
    `UPDATE "StaffSession" SET "secondFactorAt" = now() - make_interval(mins => $2)
     WHERE "endedAt" IS NULL AND "staffUserId" = (SELECT id FROM "StaffUser" WHERE email = $1)`,
    [email, minutes],
  );
}

// The manager works in Dutch; the admin's account is set to English, so both languages of the
// second factor's pages go through the real ceremonies. Other areas' pages are found by address.
test("a manager enrols a passkey, signs out, signs in with it, and is asked again before an export", async ({
  page,
}) => {
  // Two sign-ins, three passkey ceremonies and an export: more than one ordinary test's time.
  test.slow();
  await addVirtualAuthenticator(page);
  const staff = await createStaffAccount("manager", ["HTL-AMS"], "Pia Passkey");
  await signInWithPassword(page, staff.email);

  // Nothing opens before enrolment.
  await page.goto("/insights");
  await expect(page).toHaveURL(/\/account\/security$/);
  await expect(page.getByRole("status").first()).toContainText("Stel eerst een tweede factor in");
  await page.getByLabel("Naam voor de nieuwe passkey").fill("Laptop op het werk");
  await page.getByRole("button", { name: "Passkey toevoegen" }).click();
  await expect(page.getByRole("list", { name: "Herstelcodes" }).getByRole("listitem")).toHaveCount(10);
  await expect(page.getByRole("list", { name: "Je passkeys" })).toContainText("Laptop op het werk");
  await expect(page.getByRole("list", { name: "Je passkeys" })).toContainText("nog niet gebruikt");
  await page.screenshot({ path: "test-results/e2e/screenshots/second-factor-enrolled.png" });
  await page.goto("/insights");
  await expect(page).toHaveURL(/\/insights$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await signOut(page);

  // Password again: the passkey is asked before anything else opens.
  await signInWithPassword(page, staff.email);
  await page.goto("/insights");
  await expect(page).toHaveURL(/\/account\/security\/verify\?next=%2Finsights$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bevestig dat jij het bent");
  await page.getByRole("button", { name: "Je passkey gebruiken" }).click();
  await expect(page).toHaveURL(/\/insights$/);
  await page.goto("/account/security");
  await expect(page.getByRole("list", { name: "Je passkeys" })).toContainText("laatst gebruikt op");

  // Eleven minutes later an export asks for the passkey again, and then happens.
  await ageSecondFactor(staff.email, 11);
  await page.goto("/audit");
  const exportLink = page.locator('a[href^="/api/audit/export"]');
  await expect(exportLink).toHaveCount(0);
  await page.locator('a[href^="/account/security/verify?next=%2Faudit"]').click();
  await expect(page).toHaveURL(/\/account\/security\/verify\?next=%2Faudit$/);
  await page.getByRole("button", { name: "Je passkey gebruiken" }).click();
  await expect(page).toHaveURL(/\/audit$/);
  const download = page.waitForEvent("download");
  await exportLink.click();
  expect((await download).suggestedFilename()).toMatch(/^gastvrij-audit-.*\.csv$/);
});

test("an admin with an authenticator app confirms again before creating an API key", async ({ page }) => {
  const staff = await createStaffAccount("admin", [], "Ada Authenticator", "en");
  await signInWithPassword(page, staff.email);
  await page.goto("/admin/api-keys");
  await expect(page).toHaveURL(/\/account\/security$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Security");
  const secret = await enrolAuthenticatorApp(page);

  await ageSecondFactor(staff.email, 11);
  await page.goto("/admin/api-keys");
  await page.getByLabel("Name").fill("Step-up shop");
  await page.getByLabel("Source").fill("step-up-shop");
  await page.getByRole("button", { name: "Create API key" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "needs your second factor again" })).toBeVisible();
  await page.getByRole("link", { name: "Confirm it's you" }).click();
  await expect(page).toHaveURL(/\/account\/security\/verify\?next=%2Fadmin%2Fapi-keys$/);

  // The enrolment code's step is used up; the next step's code (within the window) works.
  const code = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
  await page.getByLabel("Code from your authenticator app").fill(code);
  await page.getByRole("button", { name: "Confirm code" }).click();
  await expect(page).toHaveURL(/\/admin\/api-keys$/);
  await page.getByLabel("Name").fill("Step-up shop");
  await page.getByLabel("Source").fill("step-up-shop");
  await page.getByRole("button", { name: "Create API key" }).click();
  await expect(page.getByRole("textbox", { name: "The new key" })).toHaveValue(/^gv_/);
});
