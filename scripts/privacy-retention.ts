// npm run privacy:retention [-- --dry-run] [-- --as-of 2027-01-01]: apply the retention policy in
// force (or, with --dry-run, only count what it would touch), in batches, and print the counts.
// The app also runs it once a day by itself (lib/retention/run-retention-daily.ts).
import { parseArgs } from "node:util";
import { localAuthSecret } from "./lib/auth-secret";
import { withDatabase } from "./lib/database";

const { values } = parseArgs({
  options: { "dry-run": { type: "boolean", default: false }, "as-of": { type: "string" } },
});
const now = values["as-of"] ? new Date(values["as-of"]) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error(`--as-of: "${values["as-of"]}" is not a date (use YYYY-MM-DD)`);
  process.exit(2);
}
const isDryRun = values["dry-run"] ?? false;
// Applying the policy as of a later day would erase what is still within its period today.
if (!isDryRun && now.getTime() > Date.now()) {
  console.error(`--as-of: a day after today is allowed only with --dry-run`);
  process.exit(2);
}

await withDatabase(async (url) => {
  process.env.DATABASE_URL = url;
  process.env.NEXTAUTH_SECRET ??= localAuthSecret();
  // Imported only now: the data layer reads its configuration when it loads.
  const { applyRetention } = await import("../lib/retention/apply-retention");
  const started = performance.now();
  const counts = await applyRetention({ now, isDryRun });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const lines = [
    `Retention policy v${counts.policyVersion} as of ${now.toISOString().slice(0, 10)}${isDryRun ? " (dry run: nothing changed)" : ""}, ${seconds} s`,
    `  events past their keeping period:  ${counts.events}`,
    `  inactive customers to anonymise:   ${counts.customers}`,
    `  audit entries past their period:   ${counts.auditEntries}`,
    `  idempotency records to delete:     ${counts.idempotencyRecords}`,
  ];
  await new Promise((resolve) => process.stdout.write(`${lines.join("\n")}\n`, resolve));
});
process.exit(0);
