import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The top bar's words in both interface languages, for specs that run in either. */
export const SHELL = {
  nl: {
    menu: "Menu",
    account: /^Accountmenu/,
    signOut: "Uitloggen",
    nav: "Hoofdmenu",
    search: "Zoeken naar klanten",
  },
  en: {
    menu: "Menu",
    account: /^Account menu/,
    signOut: "Sign out",
    nav: "Main",
    search: "Search customers",
  },
} as const;

/** Signs out the way a person would: the account menu from 1024 px, the collapsed menu below it. */
export async function signOut(page: Page, locale: "nl" | "en" = "nl"): Promise<void> {
  const words = SHELL[locale];
  const isWide = (page.viewportSize()?.width ?? 1024) >= 1024;
  if (isWide) {
    await page.getByRole("banner").getByRole("button", { name: words.account }).click();
    await page.getByRole("menuitem", { name: words.signOut }).click();
  } else {
    await page.getByRole("banner").getByRole("button", { name: words.menu }).click();
    await page.getByRole("banner").getByRole("button", { name: words.signOut }).click();
  }
  await expect(page).toHaveURL(/\/login/);
}

/** Issue 15's bar: nothing wider than the window, so no sideways scrolling. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth} px wide in a ${innerWidth} px window`).toBeLessThanOrEqual(
    innerWidth,
  );
}

/** Issue 15's bar for accessibility: axe-core finds nothing serious or critical. */
export async function expectNoSeriousAxeViolations(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
  expect(serious, label).toEqual([]);
}
