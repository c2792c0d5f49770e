import { expect, test } from "@playwright/test";
import { signInAs } from "../support/auth";
import {
  horizontalOverflow,
  openStaffPage,
  resolvePath,
  STAFF_PAGES,
  VIEWPORTS,
} from "../support/staff-pages";
import { seedLongDeskRows } from "./desk-rows";

// Issue 15 §2: every staff page works on a phone (390×844), a tablet (768×1024), the desk's
// 1024×768 screen and a 1440×900 desktop, in Dutch and in English: no sideways scrolling, the desk's
// action visible without scrolling, and controls big enough for a finger.

test.beforeAll(seedLongDeskRows);

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
        small.push(`${control.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  });
}

for (const locale of ["nl", "en"] as const) {
  for (const staffPage of STAFF_PAGES) {
    test(`${staffPage.name} fits every viewport (${locale})`, async ({ page }) => {
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
        });
      }
    });
  }
}
