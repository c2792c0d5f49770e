// Against the real build: what Next.js does before any handler (malformed paths, rewrites) and what
// only a real socket shows (the client address behind a forged X-Forwarded-For).
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createStaffAccount, E2E_PASSWORD, signInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";

test.describe("malformed percent-encoding in a path", () => {
  for (const path of ["/api/customers/%E0%A4%A/timeline", "/api/v1/customers/email:%E0%A4%A/eligibility"]) {
    test(`${path} answers 400 JSON naming the segment`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(400);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect(await response.json()).toMatchObject({
        error: { code: "invalid_path", message: expect.stringContaining("%E0%A4%A") },
      });
    });
  }

  // Next.js keeps a rewrite's own status for pages, so the not-found page comes with its 404.
  test("a page answers with the app's not-found page instead of a plain-text 500", async ({ page }) => {
    const response = await page.goto("/customers/%E0%A4%A");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });

  test("a well-formed escape still reaches the API route", async ({ request }) => {
    const response = await request.get(
      "/api/v1/customers/email:anne%40example.nl/eligibility?purpose=survey",
    );
    expect(response.status()).toBe(401);
  });
});

test("a NUL byte in a staff search is dropped, not a 500", async ({ page }) => {
  await signInAs(page, "intern", ["HTL-AMS"]);
  const response = await page.goto("/customers?q=%00");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Klanten");
  const api = await page.request.get("/api/customers/search?q=jan%00sen");
  expect(api.status()).toBe(200);
});

test("SDK default paths (/v1/batch) reach the Segment-compatible API", async ({ request }) => {
  const response = await request.post("/v1/batch", { data: { batch: [] } });
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
});

async function failSignIn(request: APIRequestContext, email: string, forwardedFor: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: "not-the-password-123", json: "true" },
    headers: { "x-forwarded-for": forwardedFor, "x-real-ip": forwardedFor },
    maxRedirects: 0,
  });
}

test("a forged X-Forwarded-For neither picks the throttled address nor the audited one", async ({
  request,
}) => {
  const db = e2eDatabase();
  const staff = await createStaffAccount("intern", ["HTL-AMS"]);
  const { rows: before } = await db.query<{ failures: number }>(
    `SELECT failures FROM "SignInThrottle" WHERE key = 'ip:127.0.0.1'`,
  );
  try {
    for (const n of [1, 2, 3]) await failSignIn(request, staff.email, `203.0.113.${n}`);
    const audited = await db.query<{ ip: string | null }>(
      `SELECT ip FROM "AuditEntry" WHERE "actorEmail" = $1 AND action = 'auth.signIn.failure'`,
      [staff.email],
    );
    expect(audited.rows.map((row) => row.ip)).toEqual(["127.0.0.1", "127.0.0.1", "127.0.0.1"]);
    const forged = await db.query(`SELECT key FROM "SignInThrottle" WHERE key LIKE 'ip:203.0.113.%'`);
    expect(forged.rows).toEqual([]);
    const { rows: after } = await db.query<{ failures: number }>(
      `SELECT failures FROM "SignInThrottle" WHERE key = 'ip:127.0.0.1'`,
    );
    expect(after[0]!.failures - (before[0]?.failures ?? 0)).toBe(3);
  } finally {
    // Every e2e request comes from 127.0.0.1: leave its counter as it was for the other specs.
    await db.query(`DELETE FROM "SignInThrottle" WHERE key IN ('ip:127.0.0.1', $1)`, [
      `account:${staff.email}`,
    ]);
  }
  expect(E2E_PASSWORD).toBeTruthy();
});
