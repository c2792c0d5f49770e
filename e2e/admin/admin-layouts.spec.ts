import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { openStaffPage, VIEWPORTS } from "../support/staff-pages";

// The admin area, the audit log, insights and the API docs at the four viewports in both languages:
// no sideways scrolling, no serious or critical axe violation at any width (the shared harness in
// e2e/i18n/ runs axe at one width), controls a finger can hit, and the admin tabs on one row.

const SHOTS = "test-results/e2e/screenshots/admin";

async function customerToErasePath(): Promise<string> {
  const { rows } = await e2eDatabase().query<{ id: string }>(
    `SELECT id FROM "Customer" WHERE "erasedAt" IS NULL ORDER BY "createdAt" LIMIT 1`,
  );
  return `/admin/privacy/erase/${rows[0]!.id}`;
}

const PAGES: { name: string; role: "admin" | "manager"; path: string | (() => Promise<string>) }[] = [
  { name: "users", role: "admin", path: "/admin/users" },
  { name: "locations", role: "admin", path: "/admin/locations" },
  { name: "roles", role: "admin", path: "/admin/roles" },
  { name: "api-keys", role: "admin", path: "/admin/api-keys" },
  { name: "contact-policy", role: "admin", path: "/admin/contact-policy" },
  { name: "import", role: "admin", path: "/admin/import" },
  { name: "duplicates", role: "admin", path: "/admin/duplicates" },
  { name: "merges", role: "admin", path: "/admin/merges" },
  { name: "privacy", role: "admin", path: "/admin/privacy" },
  { name: "erase", role: "admin", path: customerToErasePath },
  { name: "audit", role: "manager", path: "/audit" },
  { name: "insights", role: "manager", path: "/insights" },
  { name: "api-docs", role: "admin", path: "/docs/api" },
];
const ALL = ["HTL-AMS", "HTL-UTR", "STR-AMS", "STR-RTM"];

/**
 * What of this area's content reaches past the right edge of the screen: elements inside <main> (the
 * shared top bar is the shell's), unless a scrolling box of their own holds them.
 */
async function contentOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const clipped = (element: Element) => {
      for (let node = element.parentElement; node && node.tagName !== "MAIN"; node = node.parentElement) {
        const overflowX = getComputedStyle(node).overflowX;
        if (overflowX !== "visible") return true;
      }
      return false;
    };
    const wide: string[] = [];
    for (const element of document.querySelectorAll("main *")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 0.5 || clipped(element)) continue;
      const label = `${element.tagName.toLowerCase()}.${[...element.classList].slice(0, 3).join(".")} "${(element.textContent ?? "").trim().slice(0, 30)}"`;
      wide.push(`${label} right=${Math.round(box.right)}`);
    }
    return wide.slice(0, 5);
  });
}

async function blockingViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      rule: violation.id,
      nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")),
    }));
}

async function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'main button, main select, main [role="button"], main input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"])',
    );
    const small: string[] = [];
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (control.closest(".sr-only")) continue;
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

for (const locale of ["nl", "en"] as const) {
  for (const admin of PAGES) {
    test(`${admin.name} fits every viewport with no serious axe violation (${locale})`, async ({ page }) => {
      test.setTimeout(120_000);
      await signInAs(page, admin.role, admin.role === "admin" ? [] : ALL, undefined, locale);
      const path = typeof admin.path === "string" ? admin.path : await admin.path();
      for (const viewport of VIEWPORTS) {
        await test.step(`${viewport.width}×${viewport.height}`, async () => {
          await page.setViewportSize({ width: viewport.width, height: viewport.height });
          await openStaffPage(page, path);
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          expect(await contentOverflow(page), "content wider than the screen").toEqual([]);
          expect(await blockingViolations(page)).toEqual([]);
          if (viewport.width <= 768) expect(await smallTouchTargets(page)).toEqual([]);
          if (locale === "nl" ? viewport.width !== 768 : viewport.width === 1024) {
            await page.screenshot({
              path: `${SHOTS}/${admin.name}-${locale}-${viewport.width}.png`,
              fullPage: true,
            });
          }
        });
      }
    });
  }
}

test("the admin tabs stay on one row at 1024 px and the rest sits under Meer", async ({ page }) => {
  await signInAs(page, "admin", []);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/admin/merges");
  const nav = page.getByRole("navigation", { name: "Beheer" });
  const tabs = nav.getByRole("link");
  await expect(nav.getByRole("link", { name: "Samenvoegingen" })).toHaveAttribute("aria-current", "page");
  const tops = await tabs.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().top));
  expect(new Set(tops).size).toBe(1);
  const more = nav.getByRole("button", { name: "Meer" });
  await more.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu");
  await expect(menu.getByRole("menuitem").first()).toBeFocused();
  const inMenu = await menu.getByRole("menuitem").allTextContents();
  expect([...(await tabs.allTextContents()), ...inMenu].sort()).toEqual(
    [
      "API-sleutels",
      "CSV-import",
      "Contactbeleid",
      "Inzagelogboek",
      "Medewerkers",
      "Mogelijke dubbelen",
      "Privacy",
      "Rollen",
      "Samenvoegingen",
      "Vestigingen",
    ].sort(),
  );
  await page.keyboard.press("Escape");
  await expect(more).toBeFocused();
});

test("on a phone the Meer menu leads to every admin page", async ({ page }) => {
  await signInAs(page, "admin", []);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/admin/users");
  const nav = page.getByRole("navigation", { name: "Beheer" });
  await nav.getByRole("button", { name: "Meer" }).click();
  await page.getByRole("menuitem", { name: "CSV-import" }).click();
  await expect(page).toHaveURL(/\/admin\/import$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("CSV-import");
  await expect(nav.getByRole("link", { name: "CSV-import" })).toHaveAttribute("aria-current", "page");
  expect(await contentOverflow(page)).toEqual([]);
});

test("the audit log's dates are Dutch fields that keep ?from=YYYY-MM-DD&to= in the address", async ({
  page,
}) => {
  await signInAs(page, "manager", ALL);
  await page.goto("/audit");
  await page.getByRole("textbox", { name: "Van" }).fill("1-11-2026");
  await page.getByRole("textbox", { name: "Tot en met" }).fill("30-11-2026");
  await page.getByRole("button", { name: "Filters toepassen" }).click();
  await expect(page).toHaveURL(/[?&]from=2026-11-01&to=2026-11-30/);
  await expect(page.getByRole("textbox", { name: "Van" })).toHaveValue("01-11-2026");
  await expect(page.getByRole("textbox", { name: "Tot en met" })).toHaveValue("30-11-2026");
});

test("the roles page says who may do what in words, not code names or file paths", async ({ page }) => {
  await signInAs(page, "admin", []);
  await page.goto("/admin/roles");
  const table = page.getByRole("table", { name: "Rechten per rol" });
  await expect(table.getByRole("columnheader", { name: "Winkelmedewerker" })).toBeVisible();
  await expect(table.getByRole("row", { name: /Bestellingen meegeven/ })).toBeVisible();
  await expect(page.locator("main")).not.toContainText(/store_staff|pickups\.handOver|lib\/auth/);
});
