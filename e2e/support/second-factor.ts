import { expect, type CDPSession, type Page } from "@playwright/test";
import { generate } from "otplib";

/**
 * Enrols an authenticator app on the security page, with codes computed from the key it shows. In
 * either interface language: the staff member's own (Dutch unless their account says English).
 */
export async function enrolAuthenticatorApp(page: Page): Promise<string> {
  await page
    .getByRole("button", { name: /^(Authenticator-app instellen|Set up an authenticator app)$/ })
    .click();
  const secret = (await page.getByLabel(/^(Sleutel voor de app|Setup key)$/).innerText()).trim();
  await page.getByLabel(/^(Code uit de app|Code shown in the app)$/).fill(await generate({ secret }));
  await page.getByRole("button", { name: /^(Bevestigen|Confirm)$/ }).click();
  await expect(
    page.getByRole("list", { name: /^(Herstelcodes|Recovery codes)$/ }).getByRole("listitem"),
  ).toHaveCount(10);
  return secret;
}

/** Chromium's virtual authenticator (DevTools protocol): a platform passkey with user verification. */
export async function addVirtualAuthenticator(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return cdp;
}
