import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signInAs } from "../support/auth";
import { openStaffPage, resolvePath, STAFF_PAGES } from "../support/staff-pages";
import { seedLongDeskRows } from "./desk-rows";

// Issue 15 §3: axe-core on every staff page in both languages; the bar is 0 serious and 0 critical
// violations (WCAG 2.1 A and AA rules and best practices).

test.beforeAll(seedLongDeskRows);

for (const locale of ["nl", "en"] as const) {
  for (const staffPage of STAFF_PAGES) {
    test(`${staffPage.name} has no serious accessibility violations (${locale})`, async ({ page }) => {
      await signInAs(page, staffPage.role, staffPage.locations, undefined, locale);
      await openStaffPage(page, await resolvePath(staffPage));
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
        .analyze();
      const blocking = results.violations
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .map((violation) => ({
          rule: violation.id,
          impact: violation.impact,
          help: violation.help,
          nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")),
        }));
      expect(blocking).toEqual([]);
    });
  }
}
