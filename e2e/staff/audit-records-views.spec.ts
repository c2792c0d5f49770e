import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { localDate } from "../../lib/time/local-date";
import { createBooking } from "../../tests/factories/board-factory";
import { createCustomer } from "../../tests/factories/customer-factory";
import { signInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";

// Issue 14: the audit trail records only what happened. A receptionist loads and scrolls the
// arrivals board, a result list and the palette: nobody opened a profile, so no view is on record
// and the browser asked the server for no profile. Opening one profile records exactly one view; a
// reload within the minute records none (one look, see lib/audit/record-profile-view.ts).

const GUESTS = 30;
const letters = () => [...randomBytes(8)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("");

async function seedArrivals(surname: string, count = GUESTS): Promise<string[]> {
  const db = e2eDatabase();
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const { id } = await createCustomer(db, { firstName: `Gast${letters()}`, lastName: surname });
    await createBooking(db, {
      customerId: id,
      locationCode: "HTL-AMS",
      arrivalDate: localDate("Europe/Amsterdam"),
    });
    ids.push(id);
  }
  return ids;
}

async function viewsBy(email: string): Promise<number> {
  const { rows } = await e2eDatabase().query<{ count: string }>(
    `SELECT count(*) FROM "AuditEntry" WHERE action = 'customer.view' AND "actorEmail" = $1`,
    [email],
  );
  return Number(rows[0]?.count);
}

/** Every request the browser makes for a profile page (document, RSC or prefetch). */
function profileRequests(page: Page): string[] {
  const requested: string[] = [];
  page.on("request", (request) => {
    if (/\/customers\/[0-9a-f-]{36}(?:\?|$)/.test(request.url())) requested.push(request.url());
  });
  return requested;
}

test("loading and scrolling a board, a result list and the palette records no view; opening a profile records one", async ({
  page,
}) => {
  const surname = `Vooruit${letters()}`;
  const ids = await seedArrivals(surname);
  const staff = await signInAs(page, "receptionist", ["HTL-AMS"]);
  const requested = profileRequests(page);

  // The board: every guest's name links to their profile; scroll past all of them and point at a few.
  await page.goto("/arrivals");
  const guestLinks = page.getByRole("link", { name: new RegExp(surname) });
  await expect(guestLinks).toHaveCount(GUESTS);
  for (const index of [0, 10, 20, GUESTS - 1]) {
    await guestLinks.nth(index).scrollIntoViewIfNeeded();
    await guestLinks.nth(index).hover();
  }
  await page.waitForLoadState("networkidle");

  // The result list: the same guests, found by name.
  await page.goto(`/customers?q=${surname}`);
  const resultLinks = page.getByRole("table").getByRole("link", { name: new RegExp(surname) });
  await expect(resultLinks.first()).toBeVisible();
  await resultLinks.last().scrollIntoViewIfNeeded();
  await resultLinks.last().hover();
  await page.waitForLoadState("networkidle");

  // The palette: results shown and walked through with the arrow keys, none opened.
  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Klanten zoeken" });
  await palette.getByRole("combobox").fill(surname);
  await expect(palette.getByRole("option", { name: new RegExp(surname) }).first()).toBeVisible();
  for (let step = 0; step < 5; step += 1) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Escape");
  await expect(palette).toBeHidden();

  expect(requested).toEqual([]);
  expect(await viewsBy(staff.email)).toBe(0);

  // Opening one profile is one view, and puts focus on the customer's name.
  await resultLinks.first().click();
  // The card is rendered on the server when the link is followed (no prefetch): give a busy machine time.
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText(surname, { timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect(page.getByRole("region", { name: "Begroetingskaart" })).toBeVisible();
  expect(await viewsBy(staff.email)).toBe(1);
  const opened = page.url().split("/").at(-1);
  expect(ids).toContain(opened);

  // A reload within the minute is the same look.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(surname);
  expect(await viewsBy(staff.email)).toBe(1);
});

test("a manager finds a customer's views in the audit log by name, and sees the name, not an id", async ({
  page,
}) => {
  const surname = `Logboek${letters()}`;
  const [customerId] = await seedArrivals(surname, 1);
  const db = e2eDatabase();
  await db.query(
    `INSERT INTO "AuditEntry" (id, "actorEmail", action, "customerId") VALUES (gen_random_uuid(), 'colleague@e2e.gastvrij.nl', 'customer.view', $1)`,
    [customerId],
  );
  await signInAs(page, "admin", []);
  await page.goto("/audit");
  await page.getByLabel("Klantnaam").fill(surname.toUpperCase());
  await page.getByRole("button", { name: "Filters toepassen" }).click();
  await expect(page).toHaveURL(new RegExp(`customer=${surname.toUpperCase()}`));
  const rows = page.getByRole("table", { name: "Logregels" }).getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByRole("link", { name: new RegExp(`Gast\\w+ ${surname}`) })).toBeVisible();
  await expect(rows.nth(1)).toContainText("colleague@e2e.gastvrij.nl");
  await page.screenshot({ path: "test-results/e2e/screenshots/audit-by-customer-name.png", fullPage: true });
});
