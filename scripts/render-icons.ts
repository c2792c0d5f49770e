// Renders Gastvrij's app icons (the concierge bell of the top bar, white on the brand green) as the
// SVG and PNG files the web app manifest and iOS ask for. The output is committed; run this again
// only when the icon changes: `npx tsx scripts/render-icons.ts`. Uses Playwright's Chromium (the
// system one where present, as in playwright.config.ts).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const ROOT = path.resolve(import.meta.dirname, "..");
const BRAND_600 = "#256657"; // --color-brand-600 in app/globals.css

// lucide's concierge-bell, drawn on a 24-unit grid.
const BELL = [
  "M3 20a1 1 0 0 1-1-1v-1a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v1a1 1 0 0 1-1 1Z",
  "M20 16a8 8 0 1 0-16 0",
  "M12 4v4",
  "M10 4h4",
];

/**
 * The icon on a 512 grid. `isFullBleed`: a square to the edges with the bell inside the central
 * safe zone (maskable and Apple icons, which the system crops or rounds); else a rounded tile.
 */
function iconSvg({ isFullBleed }: { isFullBleed: boolean }): string {
  const bellSize = isFullBleed ? 256 : 320;
  const offset = (512 - bellSize) / 2;
  const scale = bellSize / 24;
  const tile = isFullBleed
    ? `<rect width="512" height="512" fill="${BRAND_600}"/>`
    : `<rect width="512" height="512" rx="112" fill="${BRAND_600}"/>`;
  const paths = BELL.map((d) => `<path d="${d}"/>`).join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">`,
    tile,
    `<g transform="translate(${offset} ${offset}) scale(${scale})" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths}</g>`,
    `</svg>`,
  ].join("");
}

const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) =>
  existsSync(candidate),
);

async function main() {
  const rounded = iconSvg({ isFullBleed: false });
  const fullBleed = iconSvg({ isFullBleed: true });
  writeFileSync(path.join(ROOT, "app/icon.svg"), `${rounded}\n`);
  mkdirSync(path.join(ROOT, "public/icons"), { recursive: true });

  const browser = await chromium.launch({
    executablePath: systemChromium,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const render = async (svg: string, size: number, file: string) => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    writeFileSync(path.join(ROOT, file), await page.screenshot({ omitBackground: true }));
    console.log(`wrote ${file}`);
  };
  await render(rounded, 192, "public/icons/icon-192.png");
  await render(rounded, 512, "public/icons/icon-512.png");
  await render(fullBleed, 512, "public/icons/icon-maskable-512.png");
  await render(fullBleed, 180, "app/apple-icon.png");
  await browser.close();
}

await main();
