import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { generateApiKey } from "../../lib/api-keys/api-key-secret";
import { localDate } from "../../lib/time/local-date";
import { createBooking, createComplaint, createFact } from "../../tests/factories/board-factory";
import { createCustomer } from "../../tests/factories/customer-factory";
import { signInAs } from "../support/auth";
import { boardOverflow, smallBoardTargets } from "../support/board-layout";
import { e2eDatabase } from "../support/database";

// The receptionist's morning: the arrivals board at a glance, a guest's card, check-in.

const today = localDate("Europe/Amsterdam");
const shift = (days: number) =>
  new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const section = (page: Page, name: RegExp) => page.getByRole("region", { name });
const waiting = (page: Page) => section(page, /^Nog in te checken/);
const checkedIn = (page: Page) => section(page, /^Ingecheckt/);
/** "2026-12-08" as the Dutch date field shows it: "08-12-2026". */
const dutchDay = (day: string) => day.split("-").reverse().join("-");
/** The board's own fetch of GET /api/arrivals, once it answers for this hotel and day. */
const boardAnswer = (page: Page, code: string, date: string) =>
  page.waitForResponse(async (answer) => {
    if (!answer.url().includes("/api/arrivals?") || !answer.ok()) return false;
    const board = (await answer.json()) as { location: { code: string } | null; date: string };
    return board.location?.code === code && board.date === date;
  });

async function returningGuestWithComplaint() {
  const db = e2eDatabase();
  const lastName = `Vermeulen-${randomBytes(3).toString("hex")}`;
  const { id } = await createCustomer(db, {
    firstName: "Marieke",
    lastName,
    salutation: "mevrouw",
    firstTouchChannel: "booking_com",
    events: [
      {
        type: "complaint",
        channel: "email",
        direction: "inbound",
        occurredAt: new Date(Date.now() - 4 * 86_400_000),
        summary: "Complained about street noise in room 204",
        locationCode: "HTL-AMS",
      },
    ],
  });
  await createBooking(db, {
    customerId: id,
    locationCode: "HTL-AMS",
    arrivalDate: shift(-300),
    status: "checked_out",
  });
  await createBooking(db, {
    customerId: id,
    locationCode: "HTL-AMS",
    arrivalDate: shift(-90),
    status: "checked_out",
  });
  await createComplaint(db, { customerId: id, reason: "Street noise at night" });
  await createFact(db, { customerId: id, label: "Room preference", value: "Quiet side, high floor" });
  const booking = await createBooking(db, {
    customerId: id,
    locationCode: "HTL-AMS",
    arrivalDate: today,
    channel: "booking_com",
    roomType: "Deluxe",
    roomNumber: "512",
    nights: 3,
  });
  return { id, lastName, name: `Marieke ${lastName}`, booking };
}

test("the receptionist opens a returning guest with an open complaint, checks them in, and the row moves", async ({
  page,
}) => {
  await signInAs(page, "receptionist", ["HTL-AMS"]);
  const guest = await returningGuestWithComplaint();

  await page.goto("/arrivals");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aankomsten · Vandaag");
  const row = waiting(page).getByRole("row").filter({ hasText: guest.lastName });
  await expect(row).toContainText("Open klacht: Street noise at night");
  await expect(row).toContainText("Terugkerende gast · 2 verblijven");
  await expect(row).toContainText("via Booking.com");
  await expect(row).toContainText("Room preference: Quiet side, high floor");
  await expect(row).toContainText("3 nachten · Kamer 512");
  await expect(row).toContainText("Deluxe · 1 gast");
  await page.screenshot({ path: test.info().outputPath("arrivals-board.png") });

  await row.getByRole("link", { name: guest.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(guest.lastName);
  // The greeting card (issue 5 item 1): the complaint and the booking channel are on it.
  await expect(page.getByText(/Street noise at night/).first()).toBeVisible();
  await expect(page.getByText(/Booking\.com/).first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("greeting-card-from-arrivals.png") });

  await page.goBack();
  const again = waiting(page).getByRole("row").filter({ hasText: guest.lastName });
  await again.getByRole("button", { name: `Inchecken: ${guest.name}` }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `${guest.name} is ingecheckt in kamer 512.` }),
  ).toBeVisible();
  const moved = checkedIn(page).getByRole("row").filter({ hasText: guest.lastName });
  await expect(moved).toContainText(/Ingecheckt om \d\d:\d\d/);
  await expect(waiting(page).getByRole("row").filter({ hasText: guest.lastName })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath("arrivals-after-check-in.png") });

  // Stored, once: a reload keeps it under "Ingecheckt", and the journey has one check_in event.
  await page.reload();
  await expect(checkedIn(page).getByRole("row").filter({ hasText: guest.lastName })).toBeVisible();
  const { rows } = await e2eDatabase().query(
    `SELECT count(*)::int AS n FROM "JourneyEvent" WHERE "customerId" = $1 AND type = 'check_in' AND source = 'gastvrij'`,
    [guest.id],
  );
  expect(rows[0].n).toBe(1);
});

test("a failed check-in puts the row back and says why", async ({ page }) => {
  await signInAs(page, "receptionist", ["HTL-AMS"]);
  const guest = await returningGuestWithComplaint();
  await page.goto("/arrivals");
  const row = waiting(page).getByRole("row").filter({ hasText: guest.lastName });
  await expect(row).toBeVisible();
  // Cancelled in the booking engine after the board was loaded.
  await e2eDatabase().query(`UPDATE "Booking" SET status = 'cancelled' WHERE id = $1`, [guest.booking.id]);

  await row.getByRole("button", { name: `Inchecken: ${guest.name}` }).click();
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: `${guest.name} inchecken lukte niet: Deze boeking is geannuleerd.` }),
  ).toBeVisible();
  // The cancelled booking disappears with the refresh that follows; it was never shown as checked in.
  await expect(checkedIn(page).getByRole("row").filter({ hasText: guest.lastName })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath("arrivals-check-in-failed.png") });
});

test("an arrival sent through the API appears on the open board without a reload", async ({ page }) => {
  await page.clock.install();
  await signInAs(page, "receptionist", ["HTL-AMS"]);
  await page.goto("/arrivals");
  await expect(waiting(page)).toBeVisible();
  const { key, keyHash, prefix } = generateApiKey();
  await e2eDatabase().query(
    `INSERT INTO "ApiKey" (id, name, source, scopes, "keyHash", prefix, "updatedAt")
     VALUES (gen_random_uuid(), 'E2E booking engine', $1, '{ingest}', $2, $3, now())`,
    [`e2e-booking-${randomBytes(3).toString("hex")}`, keyHash, prefix],
  );
  const lastName = `Api-${randomBytes(3).toString("hex")}`;
  const reference = `E2E-${randomBytes(4).toString("hex").toUpperCase()}`;
  const response = await page.request.post("/api/v1/events", {
    headers: { Authorization: `Bearer ${key}` },
    data: {
      events: [
        {
          type: "booking_created",
          channel: "expedia",
          direction: "inbound",
          occurredAt: new Date().toISOString(),
          sourceEventId: `booking-${reference}`,
          identifiers: { email: `${lastName.toLowerCase()}@example.nl`, bookingRef: reference },
          traits: { firstName: "Ruud", lastName },
          locationCode: "HTL-AMS",
          booking: {
            reference,
            locationCode: "HTL-AMS",
            arrivalDate: today,
            departureDate: shift(1),
            roomType: "Twin",
          },
        },
      ],
    },
  });
  expect(response.status()).toBe(200);
  await expect(page.getByRole("row").filter({ hasText: lastName })).toHaveCount(0);

  // The board polls every 30 s: jump the page's clock past that and wait for the refresh itself.
  const refresh = page.waitForResponse(
    (answer) => answer.url().includes("/api/arrivals?") && answer.request().method() === "GET",
  );
  await page.clock.fastForward(31_000);
  const refreshed = await refresh;
  expect(refreshed.status()).toBe(200);
  expect(await refreshed.text()).toContain(lastName);
  const row = waiting(page).getByRole("row").filter({ hasText: lastName });
  await expect(row).toContainText("via Expedia");
  await expect(row).toContainText(reference);
});

test("a 300-arrival day stays usable: counts, filter, sticky headers", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, "receptionist", ["HTL-AMS"]);
  // Far enough ahead that no seeded booking lands on it.
  const day = shift(400 + Math.floor(Math.random() * 300));
  const tag = randomBytes(3).toString("hex");
  // 300 guests arriving on one day, some with complaints, preferences and past stays.
  await e2eDatabase().query(
    `WITH guests AS (
       INSERT INTO "Customer" (id, "firstName", "lastName", "searchName", "updatedAt")
       SELECT gen_random_uuid(), 'Gast' || n, 'Drukte-${tag}-' || lpad(n::text, 3, '0'), 'gast drukte ' || n, now()
       FROM generate_series(1, 300) n RETURNING id, "lastName"),
     hotel AS (SELECT id FROM "Location" WHERE code = 'HTL-AMS'),
     numbered AS (SELECT id, right("lastName", 3)::int AS n FROM guests),
     stays AS (
       INSERT INTO "Booking" (id, "customerId", "locationId", reference, "arrivalDate", "departureDate", channel, "roomType", "roomNumber", status, source, "updatedAt")
       SELECT gen_random_uuid(), g.id, hotel.id, 'D${tag}-' || g.n, $1::date, $1::date + 1 + g.n % 4,
         (ARRAY['booking_com','expedia','direct','travel_agent']::"Channel"[])[1 + g.n % 4], (ARRAY['Standard','Deluxe','Suite'])[1 + g.n % 3],
         (100 + g.n)::text, CASE WHEN g.n % 5 = 0 THEN 'checked_in'::"BookingStatus" ELSE 'confirmed' END, 'e2e', now()
       FROM numbered g, hotel
       UNION ALL
       SELECT gen_random_uuid(), g.id, hotel.id, 'P${tag}-' || g.n, $1::date - 200, $1::date - 198, 'direct', 'Standard', NULL, 'checked_out', 'e2e', now()
       FROM numbered g, hotel WHERE g.n % 3 = 0
       RETURNING 1),
     cases AS (
       INSERT INTO "ServiceCase" (id, "customerId", reference, kind, reason, summary, channel, status, "openedAt", source, "updatedAt")
       SELECT gen_random_uuid(), g.id, 'C${tag}-' || g.n, 'complaint', 'Room not clean', 'Room not clean', 'email', 'open', now() - interval '3 days', 'e2e', now()
       FROM numbered g WHERE g.n % 17 = 0 RETURNING 1),
     facts AS (
       INSERT INTO "CustomerFact" (id, "customerId", kind, label, value, source, "recordedAt")
       SELECT gen_random_uuid(), g.id, 'preference', 'Room preference', 'Extra pillows', 'e2e', now()
       FROM numbered g WHERE g.n % 7 = 0 RETURNING 1)
     INSERT INTO "CustomerLocation" ("customerId", "locationId") SELECT g.id, hotel.id FROM numbered g, hotel
     ON CONFLICT DO NOTHING`,
    [day],
  );

  await page.goto(`/arrivals?date=${day}`);
  await expect(waiting(page).getByRole("heading")).toContainText("240");
  await expect(checkedIn(page).getByRole("heading")).toContainText("60");
  await page.screenshot({ path: test.info().outputPath("arrivals-300.png") });

  // Scrolled deep into the list, the section heading and column headers are still in view.
  await page.mouse.wheel(0, 6_000);
  await expect(waiting(page).getByRole("columnheader", { name: "Gast" })).toBeInViewport();
  await expect(waiting(page).getByRole("heading")).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath("arrivals-300-scrolled.png") });

  await page.keyboard.press("/");
  await page.keyboard.type(`drukte-${tag}-017`);
  await expect(
    waiting(page)
      .getByRole("row")
      .filter({ hasText: `Drukte-${tag}-017` }),
  ).toContainText("Open klacht: Room not clean");
  await expect(waiting(page).getByRole("heading")).toContainText("1 van 240");
  await page.screenshot({ path: test.info().outputPath("arrivals-300-filtered.png") });
});

test("a manager of two hotels switches hotel and day; both stay in the URL", async ({ page }) => {
  // Two loads, a reload and four board fetches: more than the default 30 s on a busy machine.
  test.setTimeout(60_000);
  await signInAs(page, "manager", ["HTL-AMS", "HTL-UTR"]);
  await page.goto("/arrivals");
  await expect(page.getByText("Gastvrij Hotel Amsterdam Centrum ·")).toBeVisible();

  // Fetched by the board, not a page load: wait for that answer, then for what it shows.
  const utrecht = boardAnswer(page, "HTL-UTR", today);
  await page.getByLabel("Vestiging").selectOption({ label: "Gastvrij Hotel Utrecht Domplein (HTL-UTR)" });
  await expect(page).toHaveURL(/location=HTL-UTR/);
  await utrecht;
  await expect(page.getByText("Gastvrij Hotel Utrecht Domplein ·")).toBeVisible();

  const tomorrow = boardAnswer(page, "HTL-UTR", shift(1));
  await page.getByRole("button", { name: "Volgende dag" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`date=${shift(1)}`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aankomsten · Morgen");
  // The date field follows the interface language, not the browser: day-month-year.
  await expect(page.getByRole("textbox", { name: "Datum" })).toHaveValue(dutchDay(shift(1)));
  await tomorrow;
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  await expect(waiting(page).getByRole("button", { name: /^Inchecken/ })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aankomsten · Morgen");
  await expect(page.getByText("Gastvrij Hotel Utrecht Domplein ·")).toBeVisible();

  // A day typed the Dutch way opens that day, headed with its Dutch name.
  const later = shift(3);
  const typed = boardAnswer(page, "HTL-UTR", later);
  await page.getByRole("textbox", { name: "Datum" }).fill(dutchDay(later));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`date=${later}`));
  const weekday = new Intl.DateTimeFormat("nl-NL", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(`${later}T12:00:00Z`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Aankomsten · ${weekday}`);
  await typed;

  await page.getByRole("button", { name: "Vandaag", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aankomsten · Vandaag");
  await expect(page).not.toHaveURL(/date=/);
});

test("English-speaking staff get the board in English, with the date as day/month/year", async ({ page }) => {
  await signInAs(page, "receptionist", ["HTL-AMS"], "Sam Receptionist", "en");
  const guest = await returningGuestWithComplaint();
  await page.goto("/arrivals");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Arrivals · Today");
  const row = section(page, /^To check in/)
    .getByRole("row")
    .filter({ hasText: guest.lastName });
  await expect(row).toContainText("Open complaint: Street noise at night");
  await expect(row).toContainText("Returning · 2 stays");
  await expect(row.getByRole("button", { name: `Check in ${guest.name}` })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Date" })).toHaveValue(today.split("-").reverse().join("/"));
  await page.screenshot({ path: test.info().outputPath("arrivals-en-1024.png") });
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
]) {
  test(`at ${viewport.width}×${viewport.height} the board fits the screen, rows are cards and the first check-in is in view`, async ({
    page,
  }) => {
    // Seeding, two layouts and an axe run over a full board: more than the default 30 s on a busy machine.
    test.setTimeout(60_000);
    await page.setViewportSize(viewport);
    await signInAs(page, "receptionist", ["HTL-AMS"]);
    const guest = await returningGuestWithComplaint();
    await page.goto("/arrivals");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aankomsten · Vandaag");

    // Nothing on the board wider than the screen.
    expect(await boardOverflow(page)).toEqual([]);
    expect(await smallBoardTargets(page), "controls smaller than 44×44 px").toEqual([]);

    // The first card's name and its Inchecken, without scrolling.
    const first = waiting(page)
      .getByRole("row")
      .filter({ has: page.getByRole("button", { name: /^Inchecken/ }) })
      .first();
    await expect(first.getByRole("link").first()).toBeInViewport();
    await expect(first.getByRole("button", { name: /^Inchecken/ })).toBeInViewport();
    const action = await first.getByRole("button", { name: /^Inchecken/ }).boundingBox();
    expect(action?.height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // The filter and the date field are on screen; badges keep their words.
    for (const control of [
      page.getByRole("searchbox", { name: "Aankomsten filteren" }),
      page.getByRole("textbox", { name: "Datum" }),
      page.getByRole("button", { name: "Vandaag", exact: true }),
    ]) {
      const box = await control.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
    }
    const row = waiting(page).getByRole("row").filter({ hasText: guest.lastName });
    await row.scrollIntoViewIfNeeded();
    const complaint = row.getByRole("button", { name: "Open klacht: Street noise at night" });
    await expect(complaint).toBeVisible();
    // Its words are all there: not clipped, not ellipsed.
    const words = complaint.getByText("Open klacht: Street noise at night");
    expect(await words.evaluate((text) => text.scrollWidth <= text.clientWidth)).toBe(true);
    expect(await words.evaluate((text) => getComputedStyle(text).textOverflow)).not.toBe("ellipsis");
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: test.info().outputPath(`arrivals-${viewport.width}.png`) });

    const axe = await new AxeBuilder({ page }).include("main").analyze();
    const serious = axe.violations.filter((violation) =>
      ["serious", "critical"].includes(violation.impact ?? ""),
    );
    expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}
