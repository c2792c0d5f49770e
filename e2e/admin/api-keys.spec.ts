import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInAs } from "../support/auth";

const event = (id: string) => ({
  type: "page_view",
  channel: "web",
  direction: "inbound",
  occurredAt: "2026-11-20T10:00:00+01:00",
  sourceEventId: id,
  identifiers: { email: `${id}@e2e-api.nl` },
});

test("an admin creates an API key, sees it once, renames it and revokes it", async ({ page }) => {
  await signInAs(page, "admin", []);
  const run = randomBytes(3).toString("hex");
  await page.goto("/admin/api-keys");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API-sleutels");
  await page.getByLabel("Naam", { exact: true }).fill(`Web shop ${run}`);
  await page.getByLabel("Bron", { exact: true }).fill(`web-shop-${run}`);
  await page.getByRole("button", { name: "API-sleutel aanmaken" }).click();
  const key = await page.getByRole("textbox", { name: "De nieuwe sleutel" }).inputValue();
  expect(key).toMatch(/^gv_/);

  const send = (id: string) =>
    page.request.post("/api/v1/events", {
      headers: { authorization: `Bearer ${key}` },
      data: { events: [event(`${run}-${id}`)] },
    });
  expect((await send("1")).status()).toBe(200);

  await page.reload();
  await expect(page.getByRole("textbox", { name: "De nieuwe sleutel" })).toHaveCount(0);
  expect(await page.content()).not.toContain(key);
  const keys = page.getByRole("list", { name: "API-sleutels" });
  const row = keys.getByRole("listitem").filter({ hasText: `web-shop-${run}` });
  await expect(row).not.toContainText("Nog nooit");

  await row.getByRole("button", { name: `Web shop ${run} hernoemen` }).click();
  await row.getByLabel("Nieuwe naam").fill(`Web shop ${run} (live)`);
  await row.getByRole("button", { name: "Naam opslaan" }).click();
  await expect(keys.getByRole("listitem").filter({ hasText: `Web shop ${run} (live)` })).toBeVisible();

  const renamed = keys.getByRole("listitem").filter({ hasText: `web-shop-${run}` });
  await renamed.getByRole("button", { name: /intrekken$/ }).click();
  await renamed.getByRole("button", { name: "Intrekken bevestigen" }).click();
  await expect(renamed.getByText(/Ingetrokken/).first()).toBeVisible();
  expect((await send("2")).status()).toBe(401);
  await page.screenshot({ path: "test-results/e2e/admin-api-keys.png", fullPage: true });
});

test("anyone can read the API documentation and its OpenAPI document", async ({ page }) => {
  // Public: an English browser reads it in English.
  await page.goto("/docs/api");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Gastvrij API" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Event fields" })).toContainText("sourceEventId");
  await expect(page.getByRole("table", { name: "Segment track event names" })).toContainText(
    "Order Completed",
  );
  const openapi = await page.request.get("/api/v1/openapi.json");
  expect(((await openapi.json()) as { openapi: string }).openapi).toBe("3.1.0");
});

test("the API documentation follows the language chosen on this device", async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: "gastvrij_locale", value: "nl", url: baseURL! }]);
  await page.goto("/docs/api");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("heading", { name: "Fouten" })).toBeVisible();
  // Field names and code stay as the API has them.
  await expect(page.getByRole("table", { name: "Velden van Event" })).toContainText("sourceEventId");
  await expect(page.getByRole("region", { name: "Voorbeeldverzoek" })).toContainText("Idempotency-Key");
});
