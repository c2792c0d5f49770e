// npm run insights:backfill [-- --incremental]: rebuilds every insights rollup from the raw tables
// (docs/insights.md). The app keeps them fresh by itself (the last 35 days every 10 minutes, all of
// them once a day); run this after loading history (a CSV import, a migration from another system)
// or on a new database. It waits for a refresh another process is running, then does its own.
import { parseArgs } from "node:util";
import pg from "pg";
import { refreshInsightRollups } from "../lib/insights/refresh-insight-rollups";
import { withDatabase } from "./lib/database";

const { values } = parseArgs({ options: { incremental: { type: "boolean", default: false } } });

try {
  await withDatabase(async (url) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const mode = values.incremental ? "incremental" : "full";
      console.log(`Rebuilding the insights rollups (${mode}) …`);
      const result = await refreshInsightRollups(client, {
        mode,
        log: (line) => console.log(`  ${line}`),
      });
      if (result)
        console.log(
          `Rebuilt days ${result.fromDay} to ${result.toDay} in ${(result.elapsedMs / 1000).toFixed(1)} s.`,
        );
    } finally {
      await client.end();
    }
  });
} catch (error) {
  console.error("Rebuilding the insights rollups failed:", error);
  process.exit(1);
}
process.exit(0);
