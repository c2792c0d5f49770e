// npm run db:migrate: apply pending migrations (offline-capable `prisma migrate deploy`).
import { withDatabase } from "../lib/database";
import { migrateDatabase } from "./migrate-database";

await withDatabase(async (url) => {
  const applied = await migrateDatabase(url);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s): ${applied.join(", ")}`
      : "Database is up to date.",
  );
});
// The WASM engine leaves timers behind; a CLI run is done here.
process.exit(0);
