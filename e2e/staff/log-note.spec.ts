import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createCustomer } from "../../tests/factories/customer-factory";
import { signInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";

// A receptionist logs a note from the greeting card: it shows in the journey at once (optimistic),
// stays after a reload (stored), and a failed save takes it back out and says why.

async function openCustomer(page: Page) {
  const lastName = `Note-${randomBytes(3).toString("hex")}`;
  const { id } = await createCustomer(e2eDatabase(), {
    firstName: "Sanne",
    lastName,
    salutation: "mevrouw",
    events: [
      {
        type: "check_in",
        channel: "in_person",
        direction: "inbound",
        occurredAt: new Date(Date.now() - 3_600_000),
        summary: "Checked in, room 218",
        locationCode: "HTL-AMS",
      },
    ],
  });
  await page.goto(`/customers/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(lastName);
  return id;
}

async function writeNote(page: Page, text: string) {
  await page.getByRole("region", { name: "Log what happened" }).getByRole("button", { name: "Note" }).click();
  const dialog = page.getByRole("dialog", { name: "Note" });
  await dialog.getByLabel("What happened?").fill(text);
  await dialog.getByRole("button", { name: "Save note" }).click();
  await expect(dialog).toBeHidden();
}

test("a note logged on the card appears in the journey at once and is still there after a reload", async ({
  page,
}, testInfo) => {
  await signInAs(page, "receptionist", ["HTL-AMS"], "Femke de Wit");
  await openCustomer(page);
  // Hold the answer back a moment, so the optimistic entry can be seen before the server confirms.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/customers/*/journal", async (route) => {
    await held;
    await route.continue();
  });

  const text = `Asked for extra towels ${randomBytes(2).toString("hex")}`;
  await writeNote(page, text);
  const journey = page.getByRole("list", { name: "Journey" });
  const entry = journey.getByRole("article").filter({ hasText: text });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText("Saving…");
  await expect(entry).toContainText("Staff note");
  await expect(page.getByRole("status").filter({ hasText: "Saving note…" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("note-optimistic.png") });

  release();
  await expect(entry).not.toContainText("Saving…");
  await expect(entry).toContainText("Femke de Wit");
  await expect(page.getByRole("status").filter({ hasText: "Note saved." })).toBeVisible();

  await page.unroute("**/api/customers/*/journal");
  await page.reload();
  const stored = page.getByRole("list", { name: "Journey" }).getByRole("article").filter({ hasText: text });
  await expect(stored).toBeVisible();
  await expect(stored).toContainText("Femke de Wit");
  // Newest first: the note sits above the check-in of an hour ago.
  const articles = await page.getByRole("list", { name: "Journey" }).getByRole("article").allInnerTexts();
  expect(articles.findIndex((item) => item.includes(text))).toBeLessThan(
    articles.findIndex((item) => item.includes("Checked in, room 218")),
  );
  await stored.getByRole("button", { name: /Details/ }).click();
  await expect(stored.getByText("Logged in Gastvrij")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("note-stored.png"), fullPage: true });
});

test("a note that fails to save disappears again and the failure is named", async ({ page }, testInfo) => {
  await signInAs(page, "receptionist", ["HTL-AMS"]);
  await openCustomer(page);
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/customers/*/journal", async (route) => {
    await held;
    await route.fulfill({
      status: 503,
      contentType: "application/json",
      body: JSON.stringify({ error: "the database is not answering right now." }),
    });
  });

  const text = `Wants a taxi at 07:00 ${randomBytes(2).toString("hex")}`;
  await writeNote(page, text);
  const entry = page.getByRole("list", { name: "Journey" }).getByRole("article").filter({ hasText: text });
  await expect(entry).toBeVisible();
  release();

  await expect(entry).toHaveCount(0);
  const alert = page.getByRole("alert").filter({ hasText: "Your note was not saved" });
  await expect(alert).toContainText("the database is not answering right now.");
  await expect(page.getByText("Note saved.")).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("note-failed.png") });

  // What was typed is kept for another try.
  await alert.getByRole("button", { name: "Edit and try again" }).click();
  await expect(page.getByRole("dialog", { name: "Note" }).getByLabel("What happened?")).toHaveValue(text);
  await page.keyboard.press("Escape");

  await page.unroute("**/api/customers/*/journal");
  await page.reload();
  await expect(page.getByRole("list", { name: "Journey" }).getByText("Checked in, room 218")).toBeVisible();
  await expect(page.getByText(text)).toHaveCount(0);
});

test("the form names a missing field instead of saving", async ({ page }) => {
  await signInAs(page, "receptionist", ["HTL-AMS"]);
  await openCustomer(page);
  let posted = 0;
  page.on("request", (request) => {
    if (request.url().includes("/journal") && request.method() === "POST") posted += 1;
  });
  await page
    .getByRole("region", { name: "Log what happened" })
    .getByRole("button", { name: "Learned a fact" })
    .click();
  const dialog = page.getByRole("dialog", { name: "Learned a fact" });
  await dialog.getByRole("button", { name: "Save fact" }).click();
  await expect(dialog.getByText(/Kind of fact:/)).toBeVisible();
  await expect(dialog.getByText(/What they told us: must not be empty/)).toBeVisible();
  expect(posted).toBe(0);
});
