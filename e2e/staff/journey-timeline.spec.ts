import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { localDate } from "../../lib/time/local-date";
import { createCustomer, type EventInput } from "../../tests/factories/customer-factory";
import { signInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";

// The journey below the card: infinite scroll on keyset cursors, day headings, filters kept in the
// URL, expandable events and the empty state.

const HOUR = 3_600_000;

/** Midnight in Amsterdam of the given moment's day, as a UTC instant. */
function startOfLocalDay(at: Date): Date {
  const day = localDate("Europe/Amsterdam", at);
  for (const offset of [2, 1]) {
    const candidate = new Date(`${day}T00:00:00+0${offset}:00`);
    if (localDate("Europe/Amsterdam", candidate) === day) return candidate;
  }
  return at;
}

test("the journey scrolls through a long history, filters through the URL and expands events", async ({
  page,
}, testInfo) => {
  // 131 events to seed and three pages to scroll: give a busy machine room.
  test.slow();
  await signInAs(page, "receptionist", ["HTL-AMS"]);
  const events: EventInput[] = Array.from({ length: 130 }, (_, i) => ({
    type: i % 10 === 0 ? "complaint" : "page_view",
    channel: i % 10 === 0 ? "email" : "web",
    direction: "inbound",
    occurredAt: new Date(Date.now() - (i + 1) * 7 * HOUR),
    summary: i % 10 === 0 ? `Complaint number ${i / 10}` : `Visited page ${i}`,
  }));
  // The newest event lies within the desk's today (Amsterdam), even just after midnight.
  const newest = new Date(Math.max(Date.now() - 30 * 60_000, startOfLocalDay(new Date()).getTime() + 1_000));
  events.push({
    type: "newsletter_sent",
    channel: "email",
    direction: "outbound",
    occurredAt: newest,
    summary: "Newsletter: winter in Amsterdam",
    locationCode: "HTL-AMS",
  });
  const { id } = await createCustomer(e2eDatabase(), {
    firstName: "Joost",
    lastName: `Timeline-${randomBytes(3).toString("hex")}`,
    events,
  });
  await page.goto(`/customers/${id}`);

  const journey = page.getByRole("list", { name: "Journey" });
  const articles = journey.getByRole("article");
  await expect(articles).toHaveCount(50);
  // Outbound is told apart by words too, not colour alone.
  await expect(articles.first()).toContainText("Outbound");
  await expect(articles.nth(1)).toContainText("Inbound");
  await expect(journey.getByRole("heading", { level: 3 }).first()).toHaveText("Today");

  // Scrolling to the end loads the next pages; the button does the same for keyboard users.
  await page.getByRole("button", { name: "Load older events" }).scrollIntoViewIfNeeded();
  await expect(articles).toHaveCount(100);
  await page.getByRole("button", { name: "Load older events" }).focus();
  await page.keyboard.press("Enter");
  await expect(articles).toHaveCount(131);
  await expect(page.getByText("This is where the journey starts.")).toBeVisible();

  // Filter by type: the URL carries it, a reload keeps it.
  await page.getByRole("button", { name: /^Type:/ }).click();
  await page.getByRole("menuitemcheckbox", { name: "Complaint" }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/type=complaint/);
  await expect(articles).toHaveCount(13);
  await page.reload();
  await expect(page.getByRole("list", { name: "Journey" }).getByRole("article")).toHaveCount(13);
  await expect(page.getByRole("button", { name: /^Type: 1 selected/ })).toBeVisible();

  // Expanding shows where the event came from.
  const first = page.getByRole("list", { name: "Journey" }).getByRole("article").first();
  const toggle = first.getByRole("button", { name: /Details/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.click();
  await expect(first.getByRole("button", { name: /Hide details/ })).toHaveAttribute("aria-expanded", "true");
  await expect(first.getByText("Source event id")).toBeVisible();
  await expect(first.getByText("Everything the source sent")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("journey-filtered.png"), fullPage: true });

  // A date range with nothing in it shows the empty state.
  await page.getByLabel("To", { exact: true }).fill("2001-01-01");
  await expect(page.getByRole("heading", { name: "No events match these filters" })).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(page).not.toHaveURL(/type=|to=/);
  await expect(page.getByRole("list", { name: "Journey" }).getByRole("article")).toHaveCount(50);
});
