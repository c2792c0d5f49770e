import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../support/auth";
import {
  horizontalOverflow,
  openStaffPage,
  resolvePath,
  STAFF_PAGES,
  VIEWPORTS,
} from "../support/staff-pages";
import { seedLongDeskRows } from "./desk-rows";

// Issue 15 on every staff page (e2e/support/staff-pages.ts), in Dutch and in English:
// - §2: at 390×844, 768×1024, 1024×768 and 1440×900 nothing scrolls sideways, the desk's action is on
//   screen without scrolling, and on phones and tablets controls are at least 44×44 px;
// - §3: axe-core finds 0 serious and 0 critical violations (WCAG 2.1 A/AA and best practices);
// - §1: the page says <html lang> in the staff member's language, and in Dutch it shows none of the
//   English interface it had: whole labels (a button, heading, badge or accessible name), not inside
//   free text, because customer data (a source system's summary) may be in any language; nor English
//   dates or 12-hour times.
// One test per page and language, so one sign-in serves all four checks; screenshots of each page in
// both languages land in the run's output folder.

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
// Case-sensitive: the interface capitalises its labels; lower-case "email" is a CSV column or a field name.
const ENGLISH_SET = new Set(ENGLISH_LABELS);

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
      if (element.closest("script, style, template, code, kbd, pre, [data-customer-text]")) continue;
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

/** Buttons and fields smaller than 44×44 px (WCAG 2.5.5's target size), named for the failure message. */
async function smallTouchTargets(page: import("@playwright/test").Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, select, [role="button"], [role="tab"], input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"])',
    );
    const small: string[] = [];
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue; // not shown
      if (control.closest("[data-sr-only], .sr-only")) continue;
      if (box.height < 43.5 || box.width < 43.5) {
        const name = control.getAttribute("aria-label") ?? control.textContent?.trim().slice(0, 40) ?? "";
        small.push(
          `${control.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return small;
  });
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      rule: violation.id,
      help: violation.help,
      nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")),
    }));
}

test.beforeAll(seedLongDeskRows);

for (const locale of ["nl", "en"] as const) {
  for (const staffPage of STAFF_PAGES) {
    test(`${staffPage.name}: ${locale}, four viewports, axe`, async ({ page }, testInfo) => {
      await signInAs(page, staffPage.role, staffPage.locations, undefined, locale);
      const path = await resolvePath(staffPage);
      for (const viewport of VIEWPORTS) {
        await test.step(`${viewport.name} ${viewport.width}×${viewport.height}`, async () => {
          await page.setViewportSize({ width: viewport.width, height: viewport.height });
          await openStaffPage(page, path);
          expect(await horizontalOverflow(page), "pixels of sideways scrolling").toBeLessThanOrEqual(0);
          if (staffPage.primaryAction) {
            const action = page.getByRole("button", { name: staffPage.primaryAction[locale] }).first();
            await expect(action).toBeInViewport({ ratio: 1 });
          }
          if (viewport.width <= 768) {
            expect(await smallTouchTargets(page), "controls smaller than 44×44 px").toEqual([]);
          }
          // At the desk's own screen size, also: axe, the page's language, no English, a screenshot.
          if (viewport.width === 1024) {
            await expect(page.locator("html")).toHaveAttribute("lang", locale);
            expect(await seriousViolations(page), "serious or critical axe violations").toEqual([]);
            if (locale === "nl") {
              const labels = await englishLabels(page);
              const english = labels.filter((label) => ENGLISH_SET.has(label.replace(/[:.]$/, "")));
              const formats = labels.filter((label) => ENGLISH_FORMATS.test(label));
              expect({ english, formats }).toEqual({ english: [], formats: [] });
            }
            await page.screenshot({
              path: testInfo.outputPath(`${staffPage.name}-${locale}.png`),
              fullPage: locale === "nl",
            });
          }
        });
      }
    });
  }
}

test("the check finds English labels and formats", async ({ page }) => {
  await page.setContent(
    `<main><button>Check in</button><p>Aangekomen om 9:00 PM op 7 December 2026</p>
     <span aria-label="Sign out">x</span><p data-customer-text>Booked via Booking.com: Check in</p></main>`,
  );
  const labels = await englishLabels(page);
  expect(labels.filter((label) => ENGLISH_SET.has(label))).toEqual(["Check in", "Sign out"]);
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
