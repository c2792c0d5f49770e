import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { AxeBuilder } from "@axe-core/playwright";
import { signInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";

// Issue 18: a manager opens every insight as a chart and as a table and downloads its CSV, in the
// Dutch interface; a journey path lists sample customers that open their customer view; an admin
// sets the commission rates (a new version). The demo seed's rollups are the data.

const SHOTS = "test-results/e2e/screenshots";
const MANAGER_LOCATIONS = ["HTL-AMS", "HTL-UTR", "STR-AMS", "STR-RTM"];
const PANELS = [
  "channels-trend",
  "channels-first-touch",
  "rebooking-trend",
  "rebooking-locations",
  "paths-acquisition",
  "paths-complaint",
  "complaints-flow",
  "complaints-backlog",
  "complaints-resolution",
  "complaints-rate",
  "surveys-gap",
  "surveys-trivial",
  "surveys-per-customer",
  "surveys-trivial-trend",
  "desk-trend",
  "desk-locations",
  "desk-staff",
];

const panel = (page: Page, id: string) => page.locator(`[data-insight="${id}"]`);

test.setTimeout(180_000);

test("a manager opens each insight's chart and table and downloads its CSV, in Dutch", async ({ page }) => {
  await signInAs(page, "manager", MANAGER_LOCATIONS);
  await page.goto("/insights?period=year&compare=1");
  await expect(
    page.getByRole("heading", { level: 2, name: "Hoe vinden gasten en klanten ons?" }),
  ).toBeVisible();
  await expect(page.getByText("Klantreizen en klachtentrends volgen")).toHaveCount(0);
  for (const id of PANELS) {
    const box = panel(page, id);
    await box.scrollIntoViewIfNeeded();
    await expect(box.locator("[data-takeaway]")).not.toBeEmpty();
    await expect(box.getByRole("button", { name: "Grafiek" })).toHaveAttribute("aria-pressed", "true");
    await box.getByRole("button", { name: "Tabel" }).click();
    const table = box.getByRole("table");
    await expect(table, id).toBeVisible();
    const firstHeader = (await table.getByRole("columnheader").first().innerText()).trim();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      box.getByRole("button", { name: "CSV downloaden" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^gastvrij-[a-z0-9-]+-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
    // Dutch Excel: fields quoted and separated by ";", the table's own column names as the header.
    expect(csv.split("\r\n")[0], id).toContain(`"${firstHeader}";`);
    expect(csv.split("\r\n").length, id).toBeGreaterThan(2);
    await box.getByRole("button", { name: "Grafiek" }).click();
    await expect(table).toHaveCount(0);
  }
});

test("a journey path lists sample customers, and one opens their customer view", async ({ page }) => {
  await signInAs(page, "manager", MANAGER_LOCATIONS);
  await page.goto("/insights?period=year");
  const paths = panel(page, "paths-acquisition");
  await paths.scrollIntoViewIfNeeded();
  const first = paths.getByRole("button", { name: /^Voorbeeldklanten tonen voor / }).first();
  await first.click();
  await expect(first).toHaveAttribute("aria-expanded", "true");
  await expect(paths.getByRole("heading", { level: 4, name: /^Voorbeeldklanten: / })).toBeVisible();
  const customer = paths.getByRole("link").filter({ hasText: /\S/ }).first();
  await expect(customer).toBeVisible();
  const href = await customer.getAttribute("href");
  expect(href).toMatch(/^\/customers\/[0-9a-f-]{36}$/);
  await customer.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  // The customer view records the look, as from anywhere else.
  await expect
    .poll(async () => {
      const { rows } = await e2eDatabase().query(
        `SELECT count(*)::int AS n FROM "AuditEntry" WHERE action = 'customer.view' AND "customerId" = $1 AND "userAgent" <> 'seed'`,
        [href!.split("/").at(-1)],
      );
      return rows[0].n;
    })
    .toBeGreaterThan(0);
});

test("the filters keep to the manager's locations, and the page reads well on a tablet", async ({ page }) => {
  await signInAs(page, "manager", ["HTL-AMS"]);
  await page.goto("/insights");
  const location = page.getByLabel("Vestiging");
  await expect(location.locator("option")).toHaveText([
    "Alle vestigingen",
    "Gastvrij Hotel Amsterdam Centrum",
  ]);
  await page.getByLabel("Laatste 4 weken").check();
  await page.getByLabel("Vergelijk met de periode ervoor").check();
  await page.getByRole("button", { name: "Toepassen" }).click();
  await expect(page).toHaveURL(/period=4w/);
  await expect(page).toHaveURL(/compare=1/);
  await expect(page.getByText(/vergeleken met/)).toBeVisible();
  await page.getByLabel("Zelf kiezen").check();
  await expect(page.getByLabel("Van", { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/insights-manager-1024x768.png`, fullPage: true });
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto("/insights?period=quarter&compare=1");
  await panel(page, "desk-trend").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/insights-manager-768x1024.png`, fullPage: true });
  const results = await new AxeBuilder({ page }).include("[data-manager-insights]").analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("front-line roles get no insights, and only an admin sets commission rates", async ({
  page,
  browser,
}) => {
  await signInAs(page, "receptionist", ["HTL-AMS"]);
  await page.goto("/insights");
  await expect(page.getByRole("heading", { level: 1, name: "Niet beschikbaar voor jouw rol" })).toBeVisible();

  const managerPage = await (await browser.newContext()).newPage();
  await signInAs(managerPage, "manager", ["HTL-AMS"]);
  await managerPage.goto("/insights/commission");
  await expect(
    managerPage.getByRole("heading", { level: 1, name: "Niet beschikbaar voor jouw rol" }),
  ).toBeVisible();
  await managerPage.goto("/insights");
  await expect(managerPage.getByRole("link", { name: "Commissietarieven beheren" })).toHaveCount(0);

  const adminPage = await (await browser.newContext()).newPage();
  await signInAs(adminPage, "admin", []);
  await adminPage.goto("/insights");
  await adminPage.getByRole("link", { name: "Commissietarieven beheren" }).click();
  await expect(adminPage.getByRole("heading", { level: 1, name: "Commissietarieven" })).toBeVisible();
  const rate = 14 + ((Date.now() / 1000) % 10);
  await adminPage.getByLabel("Booking.com (%)").fill(String(Math.round(rate * 10) / 10).replace(".", ","));
  await adminPage.getByLabel("Toelichting (optioneel)").fill("Nieuw contract");
  await adminPage.getByRole("button", { name: "Opslaan" }).click();
  await expect(adminPage.getByRole("status")).toContainText(/Versie \d+ is opgeslagen\./);
  await adminPage.reload();
  await expect(adminPage.locator("[data-rates-in-force]")).toContainText("Nu geldend: Booking.com");
  await expect(adminPage.getByRole("cell", { name: "Nieuw contract" }).first()).toBeVisible();
  await adminPage.screenshot({ path: `${SHOTS}/insights-commission-1024x768.png`, fullPage: true });
});
