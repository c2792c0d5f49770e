// Issue 15: a desk tablet can install Gastvrij as an app. The manifest and its icons are served to
// a browser without a session (it fetches them before anyone signs in), with the brand's colours.
import { expect, test } from "@playwright/test";

interface Manifest {
  name: string;
  short_name: string;
  start_url: string;
  display: string;
  lang: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

test("the web app manifest and its icons are served to a signed-out browser", async ({ page, request }) => {
  const response = await request.get("/manifest.webmanifest", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = (await response.json()) as Manifest;
  expect(manifest).toMatchObject({
    name: "Gastvrij",
    short_name: "Gastvrij",
    start_url: "/",
    display: "standalone",
    lang: "nl",
    theme_color: "#1d5146",
    background_color: "#f1f7f5",
  });
  const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? "any"}`);
  expect(sizes).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));

  for (const icon of [...manifest.icons, { src: "/apple-icon.png", type: "image/png" }]) {
    const file = await request.get(icon.src, { maxRedirects: 0 });
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"], icon.src).toContain(icon.type);
  }

  // The login page (the first thing a new tablet opens) points to it.
  await page.goto("/login");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", /\/manifest\.webmanifest/);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", /apple-icon/);
});
