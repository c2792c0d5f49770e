import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import type { Role } from "../../lib/auth/permissions";
import { upsertStaffAccount } from "../../scripts/lib/staff-accounts";
import { e2eDatabase, e2eDatabaseUrl } from "./database";

export const E2E_PASSWORD = "e2e-staff-password-2026";

export interface E2eStaff {
  email: string;
  name: string;
  role: Role;
}

/** The interface language of a test's staff member: Dutch, as for real staff, unless a test says "en". */
export type E2eLocale = "nl" | "en";

/** A fresh staff account for one test, with the given role and locations. */
export async function createStaffAccount(
  role: Role,
  locationCodes: string[],
  name = `E2E ${role}`,
  locale: E2eLocale = "nl",
): Promise<E2eStaff> {
  const email = `${role}.${randomBytes(4).toString("hex")}@e2e.gastvrij.nl`;
  await upsertStaffAccount(e2eDatabaseUrl(), {
    email,
    name,
    role,
    password: E2E_PASSWORD,
    locationCodes,
    locale,
  });
  return { email, name, role };
}

/** Signs in through next-auth's credentials endpoint (not the form), leaving the cookie in the page. */
export async function signInAs(
  page: Page,
  role: Role,
  locationCodes: string[],
  name?: string,
  locale: E2eLocale = "nl",
): Promise<E2eStaff> {
  const staff = await createStaffAccount(role, locationCodes, name, locale);
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: staff.email, password: E2E_PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  if (response.status() >= 400) throw new Error(`sign-in failed: ${response.status()}`);
  await markSecondFactorPassed(staff.email);
  return staff;
}

/**
 * Tests of other features start where a manager or admin would be after confirming their second
 * factor (just now, so step-up actions are allowed for 10 minutes). The second factor itself is
 * covered through the real ceremonies in e2e/staff/second-factor.spec.ts and sign-in.spec.ts.
 */
export async function markSecondFactorPassed(email: string): Promise<void> {
  await e2eDatabase().query(
    `UPDATE "StaffSession" SET "secondFactorAt" = now(), "secondFactorMethod" = 'passkey'
     WHERE "endedAt" IS NULL AND "staffUserId" = (SELECT id FROM "StaffUser" WHERE email = $1)`,
    [email],
  );
}
