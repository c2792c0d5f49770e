import { expect, type Page } from "@playwright/test";

/** The top bar's words in both interface languages, for specs that run in either. */
export const SHELL = {
  nl: {
    menu: "Menu",
    account: /^Accountmenu/,
    signOut: "Uitloggen",
    nav: "Hoofdmenu",
    search: "Klanten zoeken",
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
