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

  const journey = page.getByRole("list", { name: "Klantreis" });
  const articles = journey.getByRole("article");
  await expect(articles).toHaveCount(50);
  // Outbound is told apart by words too, not colour alone.
  await expect(articles.first()).toContainText("Naar de klant");
  await expect(articles.nth(1)).toContainText("Van de klant");
  await expect(journey.getByRole("heading", { level: 3 }).first()).toHaveText("Vandaag");

  // Scrolling to the end loads the next pages; the button does the same for keyboard users.
  await page.getByRole("button", { name: "Oudere gebeurtenissen laden" }).scrollIntoViewIfNeeded();
  await expect(articles).toHaveCount(100);
  await page.getByRole("button", { name: "Oudere gebeurtenissen laden" }).focus();
  await page.keyboard.press("Enter");
  await expect(articles).toHaveCount(131);
  await expect(page.getByText("Hier begint de klantreis.")).toBeVisible();

  // Filter by type: the URL carries it, a reload keeps it.
  await page.getByRole("button", { name: /^Soort:/ }).click();
  await page.getByRole("menuitemcheckbox", { name: "Klacht" }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/type=complaint/);
  await expect(articles).toHaveCount(13);
  await page.reload();
  await expect(page.getByRole("list", { name: "Klantreis" }).getByRole("article")).toHaveCount(13);
  await expect(page.getByRole("button", { name: /^Soort: 1 gekozen/ })).toBeVisible();

  // Expanding shows where the event came from.
  const first = page.getByRole("list", { name: "Klantreis" }).getByRole("article").first();
  const toggle = first.getByRole("button", { name: /Details/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.click();
  await expect(first.getByRole("button", { name: /Details verbergen/ })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  await expect(first.getByText("Id bij de bron")).toBeVisible();
  await expect(first.getByText("Alles wat de bron stuurde")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("journey-filtered.png"), fullPage: true });

  // The date filters speak Dutch (dd-mm-jjjj); a range with nothing in it shows the empty state.
  const to = page.getByRole("textbox", { name: "Tot en met" });
  await expect(to).toHaveAttribute("placeholder", "07-12-2026");
  await to.fill("01-01-2001");
  await to.press("Enter");
  await expect(page).toHaveURL(/to=2001-01-01/);
  await expect(page.getByRole("heading", { name: "Niets gevonden met deze filters" })).toBeVisible();
  await page.getByRole("button", { name: "Filters wissen" }).first().click();
  await expect(page).not.toHaveURL(/type=|to=/);
  await expect(page.getByRole("list", { name: "Klantreis" }).getByRole("article")).toHaveCount(50);

  // The calendar picks a day in Dutch month names, and keeps the range in order.
  await page.getByRole("button", { name: "Kalender openen" }).first().click();
  await expect(page.getByRole("grid")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Kalender openen" }).first()).toBeFocused();
});
