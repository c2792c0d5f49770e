import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { localDate } from "../../lib/time/local-date";
import { createBooking } from "../../tests/factories/board-factory";
import { createCustomer } from "../../tests/factories/customer-factory";
import { signInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";

test("staff find a customer in the list and read their journey on the Klantbeeld, in Dutch", async ({
  page,
}) => {
  await signInAs(page, "receptionist", ["HTL-AMS"]);
  // Letters only: a search with digits in it is read as a booking reference or an order number.
  const suffix = [...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("");
  const lastName = `Verbrugge-${suffix}`;
  const day = (offset: number) => new Date(Date.now() - offset * 86_400_000);
  await createCustomer(e2eDatabase(), {
    firstName: "Annelies",
    lastName,
    salutation: "mevrouw",
    city: "Utrecht",
    firstTouchChannel: "booking_com",
    identities: [{ type: "email", value: `annelies.${lastName.toLowerCase()}@example.nl` }],
    events: [
      {
        type: "booking_created",
        channel: "booking_com",
        direction: "inbound",
        occurredAt: day(20),
        summary: "Booked a Deluxe room for 2 nights",
        locationCode: "HTL-AMS",
      },
      {
        type: "newsletter_sent",
        channel: "email",
        direction: "outbound",
        occurredAt: day(10),
        summary: "Newsletter: autumn weekends in Amsterdam",
      },
      {
        type: "check_in",
        channel: "in_person",
        direction: "inbound",
        occurredAt: day(1),
        summary: "Checked in, room 412",
        locationCode: "HTL-AMS",
      },
    ],
  });

  await page.goto("/customers");
  await page.getByRole("searchbox", { name: "Klanten zoeken" }).fill(lastName);
  await page.keyboard.press("Enter");
  await page.getByRole("link", { name: `Annelies ${lastName}` }).click();

  // Opening a customer puts focus on their name, the card's heading. The card is rendered on the
  // server when the link is followed (profile links never prefetch), so give a busy machine time.
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  const name = page.getByRole("region", { name: "Begroetingskaart" }).getByRole("heading", { level: 1 });
  await expect(name).toContainText(`Annelies ${lastName}`, { timeout: 15_000 });
  await expect(name).toBeFocused();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  const journey = page.getByRole("list", { name: "Klantreis" });
  await expect(journey.getByText("Booked a Deluxe room for 2 nights")).toBeVisible();
  await expect(journey.getByText("Newsletter: autumn weekends in Amsterdam")).toBeVisible();
  await expect(journey.getByText("Checked in, room 412")).toBeVisible();
  // Newest first.
  const summaries = await journey.getByRole("listitem").allInnerTexts();
  const order = ["Checked in, room 412", "Newsletter: autumn weekends", "Booked a Deluxe room"].map((text) =>
    summaries.findIndex((item) => item.includes(text)),
  );
  expect(order).toEqual([...order].sort((a, b) => a - b));
  await expect(page.getByText(/^Kwam in \w+ \d{4} voor het eerst via Booking\.com$/)).toBeVisible();
  await expect(journey.getByText("Naar de klant")).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/screenshots/customer-profile.png", fullPage: true });
});

test("an unknown customer id shows a not-found page, not an error", async ({ page }) => {
  await signInAs(page, "receptionist", ["HTL-AMS"]);
  const response = await page.goto("/customers/00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Klant niet gevonden" })).toBeVisible();
  const bad = await page.goto("/customers/not-a-uuid");
  expect(bad?.status()).toBe(404);
});

test("opening a customer from the search palette or the arrivals board puts focus on their name", async ({
  page,
}) => {
  const suffix = [...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("");
  const name = `Jorien Kwak${suffix}`;
  const { id } = await createCustomer(e2eDatabase(), { firstName: "Jorien", lastName: `Kwak${suffix}` });
  await createBooking(e2eDatabase(), {
    customerId: id,
    locationCode: "HTL-AMS",
    arrivalDate: localDate("Europe/Amsterdam"),
  });
  await signInAs(page, "receptionist", ["HTL-AMS"]);
  const heading = page.getByRole("region", { name: "Begroetingskaart" }).getByRole("heading", { level: 1 });

  // The palette, by keyboard only: its dialog closes as the card opens, and focus lands on the name.
  await page.goto("/customers");
  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog");
  await palette.getByRole("combobox").pressSequentially(name, { delay: 20 });
  await expect(palette.getByRole("option", { name: new RegExp(name) })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/customers/${id}$`), { timeout: 15_000 });
  await expect(heading).toHaveText(name, { timeout: 15_000 });
  await expect(heading).toBeFocused();

  // The board's row links to the same card.
  await page.goto("/arrivals");
  await page.getByRole("link", { name }).first().click();
  await expect(page).toHaveURL(new RegExp(`/customers/${id}$`), { timeout: 15_000 });
  await expect(heading).toBeFocused({ timeout: 15_000 });
});
