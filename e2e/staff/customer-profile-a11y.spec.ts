import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import type { Role } from "../../lib/auth/permissions";
import { signInAs, type E2eLocale } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { seedReturningGuest } from "./greeting-card-data";
import { expectNoSidewaysScroll } from "./profile-layout";

// The Klantbeeld at the desk's four screens, in both languages, as a receptionist sees it, as an
// intern sees it (personal data masked) and after the customer was erased: no sideways scrolling and
// no serious or critical axe finding in the page's main content.

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
];

/** What erasure leaves of a customer (lib/privacy/scrub-rows.ts): a nameless stub with its journey. */
async function erase(customerId: string): Promise<void> {
  const db = e2eDatabase();
  await db.query(
    `UPDATE "Customer" SET "firstName" = NULL, "lastName" = NULL, "preferredName" = NULL, salutation = NULL,
       city = NULL, "searchName" = '', "erasedAt" = timezone('UTC', now()), pseudonym = 'ERASED-' || upper(substr(md5(id::text), 1, 8))
     WHERE id = $1`,
    [customerId],
  );
  await db.query(`DELETE FROM "Identity" WHERE "customerId" = $1`, [customerId]);
  await db.query(`DELETE FROM "CustomerFact" WHERE "customerId" = $1`, [customerId]);
  await db.query(
    `UPDATE "JourneyEvent" SET payload = NULL, summary = initcap(replace(type::text, '_', ' ')) WHERE "customerId" = $1`,
    [customerId],
  );
}

async function seriousFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .include("main")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
}

const STATES: { state: string; role: Role; erased: boolean }[] = [
  { state: "as a receptionist sees it", role: "receptionist", erased: false },
  { state: "masked for an intern", role: "intern", erased: false },
  { state: "after erasure", role: "receptionist", erased: true },
];

for (const locale of ["nl", "en"] as E2eLocale[]) {
  for (const { state, role, erased } of STATES) {
    test(`the Klantbeeld ${state}, in ${locale}, fits and passes axe at every desk screen`, async ({
      page,
    }) => {
      test.slow();
      const guest = await seedReturningGuest(e2eDatabase());
      if (erased) await erase(guest.id);
      await signInAs(page, role, ["HTL-AMS"], undefined, locale);
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        await page.goto(`/customers/${guest.id}`);
        await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
        // The streamed parts are in: the contact-pressure meter and the journey.
        await expect(page.getByRole("meter")).toBeVisible();
        await expect(
          page.getByRole("list", { name: locale === "nl" ? "Klantreis" : "Journey" }),
        ).toBeVisible();
        await expectNoSidewaysScroll(page);
        expect(await seriousFindings(page), `axe at ${viewport.width}×${viewport.height}`).toEqual([]);
      }
      if (role === "intern" || erased)
        await page.screenshot({
          path: `test-results/e2e/screenshots/profile-${erased ? "erased" : "intern"}-${locale}-1440x900.png`,
          fullPage: true,
        });
    });
  }
}
