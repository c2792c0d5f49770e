import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";

// GET /manifest.webmanifest: lets a desk tablet install Gastvrij as an app, full screen from the
// home screen. Public (proxy.ts), like the icons: the browser fetches it without the session.
// Dutch, the staff's default language; the app itself then speaks each person's own choice.

const BRAND_700 = "#1d5146"; // the top bar's theme colour (app/layout.tsx), --color-brand-700
const BRAND_50 = "#f1f7f5"; // the sign-in page's background, --color-brand-50

export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations({ locale: "nl", namespace: "common.app" });
  return {
    name: "Gastvrij",
    short_name: "Gastvrij",
    description: t("description"),
    lang: "nl",
    dir: "ltr",
    id: "/",
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "any",
    theme_color: BRAND_700,
    background_color: BRAND_50,
    categories: ["business", "productivity"],
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
