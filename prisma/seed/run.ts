// npm run db:seed [-- --customers N]: migrate, then load the demo data (idempotent; reruns add only
// what is missing). Without DATABASE_URL it seeds the embedded PostgreSQL under .data/.
import { parseArgs } from "node:util";
import { migrateDatabase } from "../../scripts/db/migrate-database";
import { withDatabase } from "../../scripts/lib/database";
import { seedDatabase, type SeedSummary } from "./seed-database";
import { SEED_TABLES } from "./tables";

const DEFAULT_CUSTOMERS = 5000;

function parseCustomers(): number {
  const { values } = parseArgs({ options: { customers: { type: "string" } } });
  const raw = values.customers ?? String(DEFAULT_CUSTOMERS);
  const customers = Number(raw.replaceAll("_", ""));
  if (!Number.isInteger(customers) || customers < 0) {
    console.error(`--customers must be a whole number of 0 or more, got "${raw}"`);
    process.exit(2);
  }
  return customers;
}

function printSummary(summary: SeedSummary): void {
  const number = (value: number) => value.toLocaleString("en");
  const { customers, today } = summary;
  console.log("");
  console.log(
    `Customers: ${number(customers.requested)} requested, ${number(customers.inserted)} added, ${number(customers.skipped)} already there`,
  );
  console.log(
    `Today (${today.date}): ${number(today.arrivals)} arrivals over the hotels, ${number(today.pickups)} ready pickups over the stores` +
      (today.inserted.Booking + today.inserted.Order > 0 ? " (added now)" : " (already there)"),
  );
  console.log("Rows added:");
  for (const table of SEED_TABLES)
    console.log(`  ${table.padEnd(17)} ${number(summary.inserted[table]).padStart(14)}`);
  const { rebuilt, longHistory } = summary;
  if (rebuilt.indexes.length + rebuilt.foreignKeys.length > 0) {
    console.log(
      `Rebuilt ${rebuilt.indexes.length} secondary indexes and ${rebuilt.foreignKeys.length} foreign keys after the bulk load.`,
    );
  }
  if (longHistory.ids.length > 0) {
    console.log(
      `Long-history customers for timeline benchmarks (${number(longHistory.inserted)} added now):`,
    );
    for (const id of longHistory.ids) console.log(`  ${id}`);
  }
  console.log(`Seeded in ${(summary.elapsedMs / 1000).toFixed(1)} s.`);
}

const started = performance.now();
const customers = parseCustomers();
try {
  await withDatabase(async (url) => {
    const applied = await migrateDatabase(url);
    if (applied.length > 0) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
    console.log(`Seeding ${customers.toLocaleString("en")} customers...`);
    printSummary(await seedDatabase(url, { customers, log: (line) => console.log(line) }));
  });
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s, migrations included.`);
} catch (error) {
  console.error("Seeding failed:", error);
  process.exit(1);
}
// The migration engine leaves timers behind; a CLI run is done here.
process.exit(0);
