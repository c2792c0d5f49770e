import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../support/auth";

// The admin area on a desk screen and a phone: the admin tabs on one row with the rest under "Meer",
// Dutch date fields in the audit filters, and the roles in words. Every page's viewports, languages
// and axe are checked by e2e/i18n/every-page.spec.ts.

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
