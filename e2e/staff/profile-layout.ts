import { expect, test, type Page } from "@playwright/test";

/**
 * The Klantbeeld never makes the page scroll sideways. Its own content (everything in <main>) must
 * fit; the shell's top bar is measured too and noted on the test when it is what overflows.
 */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { document: pageOverflow, main } = await page.evaluate(() => {
    const content = document.querySelector("main");
    return {
      document: document.documentElement.scrollWidth - window.innerWidth,
      main: content
        ? Math.max(
            content.scrollWidth - content.clientWidth,
            content.getBoundingClientRect().right - window.innerWidth,
          )
        : 0,
    };
  });
  const size = page.viewportSize();
  expect(main, `the Klantbeeld overflows sideways at ${size?.width}×${size?.height}`).toBeLessThanOrEqual(0);
  if (pageOverflow > 0)
    test.info().annotations.push({
      type: "outside the Klantbeeld",
      description: `the page is ${pageOverflow}px wider than ${size?.width}px, from outside <main> (the top bar)`,
    });
}
