// npm run contacts:evaluate [-- --days 90]: judges stored outbound contacts that have no judgement
// yet (bulk-loaded history, or sent before the contact policy existed) against the policy in force,
// each at its own time, so insights can show what was sent against policy. Rerunnable.
import { parseArgs } from "node:util";
import { localAuthSecret } from "./lib/auth-secret";
import { withDatabase } from "./lib/database";

const { values } = parseArgs({ options: { days: { type: "string", default: "90" } } });
const days = Number(values.days);
if (!Number.isInteger(days) || days < 1 || days > 3650) {
  console.error(`--days must be a whole number from 1 to 3650, got "${values.days}"`);
  process.exit(2);
}

await withDatabase(async (url) => {
  process.env.DATABASE_URL = url;
  process.env.NEXTAUTH_SECRET ??= localAuthSecret();
  // Imported only now: the data layer reads its configuration when it loads.
  const { evaluateStoredContacts } = await import("../lib/eligibility/evaluate-stored-contacts");
  const started = performance.now();
  const since = new Date(Date.now() - days * 86_400_000);
  const result = await evaluateStoredContacts(since, (p) => {
    if (p.customers % 50_000 === 0)
      console.log(
        `  ${p.customers.toLocaleString("en")} customers, ${p.contacts.toLocaleString("en")} contacts judged`,
      );
  });
  // Written and flushed before the process exits, also when stdout is a pipe.
  const summary =
    `Judged ${result.contacts.toLocaleString("en")} outbound contacts of the last ${days} days for ${result.customers.toLocaleString("en")} customers: ` +
    `${result.againstPolicy.toLocaleString("en")} against policy (${((performance.now() - started) / 1000).toFixed(1)} s).\n`;
  await new Promise((resolve) => process.stdout.write(summary, resolve));
});
process.exit(0);
