// Demo data for `npm start`: seeds an empty database, and tops up "today" (arrivals, pickups) on a
// database that holds the demo chain. Never runs in production.
import pg from "pg";
import { seedDatabase } from "../../prisma/seed/seed-database";
import { DEMO_ACCOUNTS, ensureDemoAccounts } from "./staff-accounts";

const DEFAULT_CUSTOMERS = 5_000;

async function databaseState(url: string): Promise<{ customers: number; hasDemoChain: boolean }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ customers: string; demo: boolean }>(
      `SELECT (SELECT count(*) FROM "Customer") AS customers,
              EXISTS (SELECT 1 FROM "Location" WHERE code = 'HTL-AMS') AS demo`,
    );
    return { customers: Number(rows[0]?.customers ?? 0), hasDemoChain: rows[0]?.demo ?? false };
  } finally {
    await client.end();
  }
}

/** Seeds when needed; returns the demo sign-in lines to print. */
export async function prepareDemoData(url: string): Promise<string[]> {
  const { customers, hasDemoChain } = await databaseState(url);
  if (customers === 0 || hasDemoChain) {
    const target = Math.max(customers, DEFAULT_CUSTOMERS);
    console.log(
      customers === 0
        ? `Empty database: seeding ${target.toLocaleString("en")} demo customers …`
        : "Refreshing today's demo arrivals and pickups …",
    );
    await seedDatabase(url, { customers: target, log: (line) => console.log(`  ${line}`) });
    return ensureDemoAccounts(url);
  }
  return [];
}

/** Production never has working demo accounts, even if an earlier demo run created them. */
export async function disableDemoAccounts(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `UPDATE "StaffUser" SET "isDisabled" = true, "passwordHash" = NULL, "sessionVersion" = "sessionVersion" + 1
       WHERE email = ANY($1) AND ("isDisabled" = false OR "passwordHash" IS NOT NULL)`,
      [DEMO_ACCOUNTS.map((account) => account.email)],
    );
  } finally {
    await client.end();
  }
}
