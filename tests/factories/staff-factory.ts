import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Role } from "../../lib/auth/permissions";
import { upsertStaffAccount } from "../../scripts/lib/staff-accounts";

export const TEST_PASSWORD = "correct-horse-battery-staple-42";

export async function createLocation(
  url: string,
  code: string,
  type: "hotel" | "store" = "hotel",
): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "Location" (id, code, name, type, city, "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3::"LocationType", 'Amsterdam', now())
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [code, `Test ${type} ${code}`, type],
    );
    return rows[0]!.id;
  } finally {
    await client.end();
  }
}

export async function createStaff(
  url: string,
  role: Role,
  locationCodes: string[] = [],
): Promise<{ id: string; email: string }> {
  const email = `${role}.${randomBytes(4).toString("hex")}@test.gastvrij.nl`;
  await upsertStaffAccount(url, {
    email,
    name: `Test ${role}`,
    role,
    password: TEST_PASSWORD,
    locationCodes,
  });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ id: string }>('SELECT id FROM "StaffUser" WHERE email = $1', [email]);
  await client.end();
  return { id: rows[0]!.id, email };
}
