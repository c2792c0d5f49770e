import { readdirSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffDatabaseToSchema } from "../../../scripts/db/schema-engine";

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
beforeAll(() => client.connect());
afterAll(() => client.end());

describe("migrations", () => {
  it("leave no difference between the migrated database and prisma/schema.prisma", async () => {
    expect(await diffDatabaseToSchema(url)).toBe("");
  });

  it("record every migration in _prisma_migrations, as prisma migrate deploy does", async () => {
    const { rows } = await client.query<{ migration_name: string; finished_at: Date | null }>(
      'SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
    );
    const dirs = readdirSync("prisma/migrations", { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(rows.map((row) => row.migration_name)).toEqual(dirs);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });

  it("notices drift: a dropped index shows up in the diff", async () => {
    await client.query('DROP INDEX "Booking_locationId_arrivalDate_idx"');
    expect(await diffDatabaseToSchema(url)).toContain('CREATE INDEX "Booking_locationId_arrivalDate_idx"');
  });
});
