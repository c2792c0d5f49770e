import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import { upsertStaffAccount } from "../../scripts/lib/staff-accounts";
import { localDate } from "../../lib/time/local-date";
import { createBooking } from "../../tests/factories/board-factory";
import { createCustomer } from "../../tests/factories/customer-factory";
import { createLocation } from "../../tests/factories/staff-factory";
import { startAppServers, type AppServers } from "../support/app-servers";

// Two app servers (`next start` on two ports) on one database and nothing else shared, as behind a
// reverse proxy: a check-in on one shows live on a board served by the other, a sign-out on one ends
// the session on the other, and the daily job that both start runs once.

const PASSWORD = "e2e-two-servers-password-2026";
const today = localDate("Europe/Amsterdam");
const WIDE = { width: 1440, height: 900 };

let servers: AppServers;
let db: pg.Pool;

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // Both servers look at the retention job 4 s after they start (the daily job every server runs).
  servers = await startAppServers("two_servers", 2, {
    RETENTION_JOB: "on",
    RETENTION_FIRST_CHECK_MS: "4000",
  });
  db = new pg.Pool({ connectionString: servers.databaseUrl, max: 2 });
  await createLocation(servers.databaseUrl, "HTL-TWO");
});

test.afterAll(async () => {
  await db?.end();
  await servers?.stop();
});

async function receptionist(): Promise<string> {
  const email = `desk.${randomBytes(4).toString("hex")}@e2e.gastvrij.nl`;
  await upsertStaffAccount(servers.databaseUrl, {
    email,
    name: "Desk E2E",
    role: "receptionist",
    password: PASSWORD,
    locationCodes: ["HTL-TWO"],
    locale: "nl",
  });
  return email;
}

/** Signs in through next-auth on `server`; the cookie (host 127.0.0.1) then reaches every port. */
async function signIn(request: APIRequestContext, server: string, email: string): Promise<void> {
  const { csrfToken } = (await (await request.get(`${server}/api/auth/csrf`)).json()) as {
    csrfToken: string;
  };
  const response = await request.post(`${server}/api/auth/callback/credentials`, {
    form: { csrfToken, email, password: PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(400);
}

async function deskAt(context: BrowserContext, server: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server}/arrivals?location=HTL-TWO`);
  await expect(page.locator('[data-live-status="live"]')).toBeVisible();
  return page;
}

const waiting = (page: Page) => page.locator('section[aria-labelledby="arrivals-waiting-heading"]');
const checkedIn = (page: Page) => page.locator('section[aria-labelledby="arrivals-checked-in-heading"]');

test("a check-in on one app server shows live on a board served by the other, reading only that row", async ({
  browser,
}) => {
  const [serverA, serverB] = servers.urls as [string, string];
  const lastName = `Tweeserver-${randomBytes(3).toString("hex")}`;
  const { id: customerId } = await createCustomer(db, { firstName: "Noor", lastName });
  await createBooking(db, { customerId, locationCode: "HTL-TWO", arrivalDate: today, roomNumber: "214" });

  const email = await receptionist();
  const deskA = await browser.newContext({ viewport: WIDE });
  const deskB = await browser.newContext({ viewport: WIDE });
  await signIn(deskA.request, serverA, email);
  await signIn(deskB.request, serverA, email);
  const boardB = await deskB.newPage();
  await boardB.goto(`${serverB}/arrivals?location=HTL-TWO`);
  await expect(boardB.locator('[data-live-status="live"]')).toBeVisible();
  await expect(waiting(boardB).getByText(lastName)).toBeVisible();
  const reads: string[] = [];
  boardB.on("request", (request) => {
    if (request.url().includes("/api/arrivals?")) reads.push(request.url());
  });

  const boardA = await deskAt(deskA, serverA);
  await waiting(boardA)
    .getByRole("button", { name: new RegExp(lastName) })
    .click();
  const clickedAt = Date.now();
  // Polling would take up to 30 s; the push does it in well under the 5 s allowed here.
  await expect(checkedIn(boardB).getByText(lastName)).toBeVisible({ timeout: 5_000 });
  const seconds = (Date.now() - clickedAt) / 1000;
  test
    .info()
    .annotations.push({ type: "live", description: `shown on server B after ${seconds.toFixed(2)} s` });
  await expect(waiting(boardB).getByText(lastName)).toHaveCount(0);
  // Board B read the changed row through its JSON route, not the whole board.
  expect(reads.length).toBeGreaterThan(0);
  expect(reads.every((url) => new URL(url).searchParams.has("bookings"))).toBe(true);
  await deskA.close();
  await deskB.close();
});

test("a sign-out on one app server ends the session on the other at its next request, and its live board", async ({
  browser,
}) => {
  const [serverA, serverB] = servers.urls as [string, string];
  const email = await receptionist();
  const context = await browser.newContext({ viewport: WIDE });
  await signIn(context.request, serverA, email);
  expect((await context.request.get(`${serverB}/api/arrivals?location=HTL-TWO`)).status()).toBe(200);
  // Both servers have decrypted this cookie once already; neither may trust that after the sign-out.
  expect((await context.request.get(`${serverA}/api/arrivals?location=HTL-TWO`)).status()).toBe(200);
  const boardB = await deskAt(context, serverB);

  // A second browser of the same session signs out on server A (next-auth's own sign-out).
  const { csrfToken } = (await (await context.request.get(`${serverA}/api/auth/csrf`)).json()) as {
    csrfToken: string;
  };
  const cookies = await context.cookies();
  const signOut = await context.request.post(`${serverA}/api/auth/signout`, {
    form: { csrfToken, json: "true" },
    maxRedirects: 0,
  });
  expect(signOut.status()).toBeLessThan(400);
  await context.addCookies(cookies); // the board's browser still holds the cookie, as another tab would

  expect((await context.request.get(`${serverB}/api/arrivals?location=HTL-TWO`)).status()).toBe(401);
  // The stream on server B ends at once, and the board's page goes to the sign-in page.
  await expect(boardB).toHaveURL(/\/login/, { timeout: 5_000 });
  await context.close();
});

test("the daily job both app servers start runs once", async () => {
  // Each server looks 4 s after its start; wait until one has run, then give the other its chance.
  await expect
    .poll(async () => Number((await db.query(`SELECT count(*) AS n FROM "RetentionRun"`)).rows[0].n), {
      timeout: 30_000,
    })
    .toBeGreaterThan(0);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM "RetentionRun" WHERE NOT "isDryRun"`);
  expect(rows[0].n).toBe(1);
  const looked = servers.output.filter((output) => !output.includes("The retention job failed"));
  expect(looked).toHaveLength(2);
});
