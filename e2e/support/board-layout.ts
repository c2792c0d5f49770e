import type { Page } from "@playwright/test";

/**
 * What sticks out of the screen inside the page's <main>: nothing, on a board that fits. The page as
 * a whole (top bar included) is checked at every viewport by the i18n layout harness; this names
 * the board's own culprits, so a failure says which element to fix.
 */
export function boardOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.getElementById("main");
    if (!main) return ["no <main id=main> on the page"];
    const screen = window.innerWidth;
    const found: string[] = [];
    if (main.scrollWidth > main.clientWidth)
      found.push(`main scrolls: ${main.scrollWidth} > ${main.clientWidth}`);
    for (const element of main.querySelectorAll<HTMLElement>("*")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || (box.right <= screen + 0.5 && box.left >= -0.5)) continue;
      const name = element.getAttribute("aria-label") ?? element.textContent?.trim().slice(0, 40) ?? "";
      found.push(
        `<${element.tagName.toLowerCase()}> "${name}": ${Math.round(box.left)}–${Math.round(box.right)}`,
      );
    }
    return found.slice(0, 10);
  });
}

/** Buttons, links and fields on the board smaller than a finger (44×44 px), named for the failure. */
export function smallBoardTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.getElementById("main");
    if (!main) return ["no <main id=main> on the page"];
    const small: string[] = [];
    for (const control of main.querySelectorAll<HTMLElement>(
      'button, a[href], select, input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"])',
    )) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || control.closest(".sr-only")) continue;
      if (box.height < 43.5 || box.width < 43.5) {
        const name = control.getAttribute("aria-label") ?? control.textContent?.trim().slice(0, 40) ?? "";
        small.push(
          `<${control.tagName.toLowerCase()}> "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return small;
  });
}
