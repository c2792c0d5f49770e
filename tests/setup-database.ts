// Per test file: a fresh database cloned from the migrated template, exposed as DATABASE_URL so
// lib/db/client.ts (imported later by the test) connects to it. Dropped when the file is done.
import { afterAll } from "vitest";
import { createTestDatabase } from "./helpers/test-database";

const database = await createTestDatabase();
process.env.DATABASE_URL = database.url;
process.env.NEXTAUTH_SECRET ??= "vitest-only-secret-vitest-only-secret-0001";

afterAll(async () => {
  const { closeDb } = await import("@/lib/db/client").catch(() => ({ closeDb: undefined }));
  await closeDb?.();
  await database.drop();
});
