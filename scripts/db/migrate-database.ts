import { loadMigrationsList, NO_FILTERS, withSchemaEngine } from "./schema-engine";

/** Applies pending migrations exactly as `prisma migrate deploy` does; returns their names. */
export async function migrateDatabase(url: string): Promise<string[]> {
  const migrationsList = await loadMigrationsList();
  return withSchemaEngine(url, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return appliedMigrationNames;
  });
}
