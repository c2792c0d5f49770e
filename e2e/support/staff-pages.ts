import type { Page } from "@playwright/test";
import type { Role } from "../../lib/auth/permissions";
import { e2eDatabase } from "./database";

// Every staff page, with the role that uses it, for the checks that must hold on all of them: the four
// viewports, both languages and axe (e2e/i18n/). A new page is added here.

export interface StaffPage {
  name: string;
  role: Role;
  locations: string[];
  /** The path, or how to find it in the seeded database (a customer, say). */
  path: string | (() => Promise<string>);
  /** The action staff come for, which must be visible without scrolling on every viewport. */
  primaryAction?: { nl: RegExp; en: RegExp };
}

/** A seeded customer with a visit at the Amsterdam hotel, for the profile pages. */
async function hotelGuestPath(): Promise<string> {
  const { rows } = await e2eDatabase().query<{ id: string }>(
    `SELECT c.id FROM "Customer" c
     JOIN "JourneyEvent" e ON e."customerId" = c.id
     JOIN "Location" l ON l.id = e."locationId" AND l.code = 'HTL-AMS'
     WHERE c."erasedAt" IS NULL
     GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1`,
  );
  if (!rows[0]) throw new Error("the e2e seed has no customer with a visit at HTL-AMS");
  return `/customers/${rows[0].id}`;
}

/** A customer an admin could erase: the erasure page shows who it is before anything happens. */
async function erasePath(): Promise<string> {
  return `/admin/privacy/erase/${(await hotelGuestPath()).split("/").pop()}`;
}

const ALL = ["HTL-AMS", "HTL-UTR", "STR-AMS", "STR-RTM"];

export const STAFF_PAGES: StaffPage[] = [
  {
    name: "arrivals",
    role: "receptionist",
    locations: ["HTL-AMS"],
    path: "/arrivals",
    primaryAction: { nl: /^Inchecken/, en: /^Check in/ },
  },
  {
    name: "pickups",
    role: "store_staff",
    locations: ["STR-AMS"],
    path: "/pickups",
    primaryAction: { nl: /^Meegeven/, en: /^Hand over/ },
  },
  { name: "customer search", role: "receptionist", locations: ["HTL-AMS"], path: "/customers?q=de" },
  { name: "customer profile", role: "receptionist", locations: ["HTL-AMS"], path: hotelGuestPath },
  { name: "masked profile (intern)", role: "intern", locations: ["HTL-AMS"], path: hotelGuestPath },
  { name: "insights", role: "manager", locations: ALL, path: "/insights" },
  { name: "audit log", role: "manager", locations: ALL, path: "/audit" },
  { name: "account", role: "receptionist", locations: ["HTL-AMS"], path: "/account" },
  { name: "password", role: "receptionist", locations: ["HTL-AMS"], path: "/account/password" },
  { name: "security", role: "manager", locations: ALL, path: "/account/security" },
  { name: "staff accounts", role: "admin", locations: [], path: "/admin/users" },
  { name: "locations", role: "admin", locations: [], path: "/admin/locations" },
  { name: "roles", role: "admin", locations: [], path: "/admin/roles" },
  { name: "API keys", role: "admin", locations: [], path: "/admin/api-keys" },
  { name: "contact policy", role: "admin", locations: [], path: "/admin/contact-policy" },
  { name: "CSV import", role: "admin", locations: [], path: "/admin/import" },
  { name: "duplicates", role: "admin", locations: [], path: "/admin/duplicates" },
  { name: "merges", role: "admin", locations: [], path: "/admin/merges" },
  { name: "privacy", role: "admin", locations: [], path: "/admin/privacy" },
  { name: "erase a customer", role: "admin", locations: [], path: erasePath },
  { name: "API docs", role: "admin", locations: [], path: "/docs/api" },
];

export const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "tablet", width: 768, height: 1024 },
  { name: "small desktop", width: 1024, height: 768 },
  { name: "desktop", width: 1440, height: 900 },
] as const;

export async function resolvePath(staffPage: StaffPage): Promise<string> {
  return typeof staffPage.path === "string" ? staffPage.path : staffPage.path();
}

/** Opens a page and waits until its data has arrived (no skeletons or "loading" left). */
export async function openStaffPage(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  if (!response || response.status() >= 400) {
    throw new Error(`${path} answered ${response?.status() ?? "nothing"}`);
  }
  await page.waitForLoadState("networkidle");
  await page
    .locator('[aria-busy="true"]')
    .first()
    .waitFor({ state: "detached", timeout: 10_000 })
    .catch(() => {});
}

/** How far the page is wider than the viewport (0 when it fits). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
