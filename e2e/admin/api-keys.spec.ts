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
  await page.getByLabel("Name").fill(`Web shop ${run}`);
  await page.getByLabel("Source").fill(`web-shop-${run}`);
  await page.getByRole("button", { name: "Create API key" }).click();
  const key = await page.getByRole("textbox", { name: "The new key" }).inputValue();
  expect(key).toMatch(/^gv_/);

  const send = (id: string) =>
    page.request.post("/api/v1/events", {
      headers: { authorization: `Bearer ${key}` },
      data: { events: [event(`${run}-${id}`)] },
    });
  expect((await send("1")).status()).toBe(200);

  await page.reload();
  await expect(page.getByRole("textbox", { name: "The new key" })).toHaveCount(0);
  expect(await page.content()).not.toContain(key);
  const row = page.getByRole("row").filter({ hasText: `web-shop-${run}` });
  await expect(row).not.toContainText("Never");

  await row.getByRole("button", { name: `Rename Web shop ${run}` }).click();
  await row.getByLabel("New name").fill(`Web shop ${run} (live)`);
  await row.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("row").filter({ hasText: `Web shop ${run} (live)` })).toBeVisible();

  const renamed = page.getByRole("row").filter({ hasText: `web-shop-${run}` });
  await renamed.getByRole("button", { name: /^Revoke/ }).click();
  await renamed.getByRole("button", { name: "Confirm revoke" }).click();
  await expect(renamed.getByText(/Revoked/).first()).toBeVisible();
  expect((await send("2")).status()).toBe(401);
  await page.screenshot({ path: "test-results/e2e/admin-api-keys.png", fullPage: true });
});

test("anyone can read the API documentation and its OpenAPI document", async ({ page }) => {
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 1, name: "Gastvrij API" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Event fields" })).toContainText("sourceEventId");
  await expect(page.getByRole("table", { name: "Segment track event names" })).toContainText(
    "Order Completed",
  );
  const openapi = await page.request.get("/api/v1/openapi.json");
  expect(((await openapi.json()) as { openapi: string }).openapi).toBe("3.1.0");
});
