// Staff accounts from scripts: the first admin in production, and the demo accounts for `npm start`.
import pg from "pg";
import { hashPassword, passwordProblem } from "../../lib/auth/password";
import type { Role } from "../../lib/auth/permissions";
import { english } from "../../lib/i18n/translator";

export interface StaffAccountInput {
  email: string;
  name: string;
  role: Role;
  password: string;
  locationCodes: string[];
  mustChangePassword?: boolean;
  /** The interface language; Dutch unless given. */
  locale?: "nl" | "en";
}

/** Creates the account, or resets an existing one with the same email to these values. */
export async function upsertStaffAccount(url: string, input: StaffAccountInput): Promise<void> {
  const problem = passwordProblem(input.password);
  if (problem) throw new Error(`password: ${english(problem)}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const { rows: locations } = await client.query<{ id: string; code: string }>(
      'SELECT id, code FROM "Location" WHERE code = ANY($1)',
      [input.locationCodes],
    );
    const missing = input.locationCodes.filter(
      (code) => !locations.some((location) => location.code === code),
    );
    if (missing.length) throw new Error(`location: no location with code ${missing.join(", ")}`);
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "StaffUser" (id, email, name, role, "passwordHash", "mustChangePassword", locale, "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3::"StaffRole", $4, $5, $6::"StaffLocale", now())
       ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role, "passwordHash" = EXCLUDED."passwordHash",
         "mustChangePassword" = EXCLUDED."mustChangePassword", locale = EXCLUDED.locale, "isDisabled" = false,
         "updatedAt" = now()
       RETURNING id`,
      [
        input.email.trim().toLowerCase(),
        input.name,
        input.role,
        await hashPassword(input.password),
        input.mustChangePassword ?? false,
        input.locale ?? "nl",
      ],
    );
    const userId = rows[0]!.id;
    await client.query('DELETE FROM "StaffLocation" WHERE "staffUserId" = $1', [userId]);
    for (const location of locations) {
      await client.query('INSERT INTO "StaffLocation" ("staffUserId", "locationId") VALUES ($1, $2)', [
        userId,
        location.id,
      ]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}

export const DEMO_PASSWORD = "gastvrij-demo-2026";

export const DEMO_ACCOUNTS: readonly StaffAccountInput[] = [
  {
    email: "receptionist@demo.gastvrij.nl",
    name: "Sanne Receptie",
    role: "receptionist",
    password: DEMO_PASSWORD,
    locationCodes: ["HTL-AMS"],
  },
  {
    email: "store@demo.gastvrij.nl",
    name: "Daan Winkel",
    role: "store_staff",
    password: DEMO_PASSWORD,
    locationCodes: ["STR-AMS"],
  },
  {
    email: "intern@demo.gastvrij.nl",
    name: "Noor Stagiair",
    role: "intern",
    password: DEMO_PASSWORD,
    locationCodes: ["HTL-AMS", "STR-AMS"],
  },
  {
    email: "manager@demo.gastvrij.nl",
    name: "Femke Manager",
    role: "manager",
    password: DEMO_PASSWORD,
    locationCodes: ["HTL-AMS", "HTL-UTR", "STR-AMS", "STR-RTM"],
  },
  {
    email: "admin@demo.gastvrij.nl",
    name: "Bram Beheer",
    role: "admin",
    password: DEMO_PASSWORD,
    locationCodes: [],
  },
];

export async function ensureDemoAccounts(url: string): Promise<string[]> {
  for (const account of DEMO_ACCOUNTS) await upsertStaffAccount(url, account);
  return DEMO_ACCOUNTS.map(
    (account) => `${account.role.padEnd(12)} ${account.email}  /  ${account.password}`,
  );
}
