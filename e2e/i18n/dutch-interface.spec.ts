import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../support/auth";
import { openStaffPage, resolvePath, STAFF_PAGES } from "../support/staff-pages";
import { seedLongDeskRows } from "./desk-rows";

// Issue 15 §1: the staff interface is Dutch by default. A page in Dutch must not show the English UI
// it had before: these are words and sentences that only the interface itself ever said. Customer
// data (a booking's summary typed by a source system) may be in any language, so the check looks at
// whole labels (a button, a heading, a badge, an aria-label), not inside free text.

const ENGLISH_LABELS = [
  "Arrivals",
  "Pickups",
  "Customers",
  "Insights",
  "Admin",
  "Review",
  "Sign out",
  "Sign in",
  "Search",
  "Search customers",
  "Check in",
  "Checked in",
  "Hand over",
  "Handed over",
  "To check in",
  "Ready for pickup",
  "Today",
  "Yesterday",
  "Previous day",
  "Next day",
  "Loading…",
  "Save",
  "Cancel",
  "Close",
  "Retry",
  "Try again",
  "Show more",
  "Not recorded",
  "Don't ask again",
  "Log what happened",
  "Contact pressure",
  "Advice",
  "Attention",
  "Journey",
  "Location",
  "Staff accounts",
  "Locations",
  "Roles",
  "API keys",
  "Contact policy",
  "Duplicates",
  "Merges",
  "Audit log",
  "Download CSV",
  "Password",
  "Security",
  "Language",
  "No survey",
  "Returning guest",
  "Open complaint",
  "Complaint",
  "Email",
  "Phone",
  "In person",
  "Inbound",
  "Outbound",
  "Previous",
  "Next",
  "Yes",
  "No",
];
const ENGLISH_SET = new Set(ENGLISH_LABELS.map((label) => label.toLowerCase()));

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/** English dates and 12-hour times: "7 December 2026", "December 7", "Monday", "9:00 PM". */
const ENGLISH_FORMATS = new RegExp(
  `\\b\\d{1,2} (${MONTHS})\\b|\\b(${MONTHS}) \\d{1,2}\\b|\\b(${DAYS})\\b|\\b\\d{1,2}:\\d{2} ?[AP]M\\b`,
);

/** Whole labels of the page (own text of leaf elements, and accessible-name attributes) that are English UI. */
async function englishLabels(page: Page): Promise<string[]> {
  const labels = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node as HTMLElement;
      if (element.closest("script, style, template, [data-customer-text]")) continue;
      const own = [...element.childNodes]
        .filter((child) => child.nodeType === Node.TEXT_NODE)
        .map((child) => child.textContent ?? "")
        .join(" ")
        .replace(/\s+/g, " ")
        .trim();
      if (own) found.push(own);
      for (const attribute of ["aria-label", "title", "placeholder", "alt"]) {
        const value = element.getAttribute(attribute);
        if (value) found.push(value.trim());
      }
    }
    found.push(document.title);
    return found;
  });
  return labels;
}

test.beforeAll(seedLongDeskRows);

for (const staffPage of STAFF_PAGES) {
  test(`${staffPage.name} speaks Dutch`, async ({ page }, testInfo) => {
    await signInAs(page, staffPage.role, staffPage.locations, undefined, "nl");
    await openStaffPage(page, await resolvePath(staffPage));
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    const labels = await englishLabels(page);
    const english = labels.filter((label) => ENGLISH_SET.has(label.toLowerCase().replace(/[:.]$/, "")));
    const formats = labels.filter((label) => ENGLISH_FORMATS.test(label));
    expect({ english, formats }).toEqual({ english: [], formats: [] });
    await page.screenshot({ path: testInfo.outputPath(`${staffPage.name}-nl.png`), fullPage: true });
  });

  test(`${staffPage.name} speaks English when the staff member chose it`, async ({ page }, testInfo) => {
    await signInAs(page, staffPage.role, staffPage.locations, undefined, "en");
    await openStaffPage(page, await resolvePath(staffPage));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.screenshot({ path: testInfo.outputPath(`${staffPage.name}-en.png`), fullPage: true });
  });
}

test("the check finds English labels and formats", async ({ page }) => {
  await page.setContent(
    `<main><button>Check in</button><p>Aangekomen om 9:00 PM op 7 December 2026</p>
     <span aria-label="Sign out">x</span><p data-customer-text>Booked via Booking.com: Check in</p></main>`,
  );
  const labels = await englishLabels(page);
  expect(labels.filter((label) => ENGLISH_SET.has(label.toLowerCase()))).toEqual(["Check in", "Sign out"]);
  expect(labels.filter((label) => ENGLISH_FORMATS.test(label))).toHaveLength(1);
});

test("dates on the boards read the Dutch way", async ({ page }) => {
  await signInAs(page, "receptionist", ["HTL-AMS"], undefined, "nl");
  await openStaffPage(page, "/arrivals");
  const dateField = page.getByRole("textbox", { name: /datum/i }).first();
  await expect(dateField).toHaveValue(/^\d{2}-\d{2}-\d{4}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    /maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|Aankomsten/,
  );
});
