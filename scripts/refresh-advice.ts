// npm run advice:refresh: recomputes the category associations behind "relevant advice" now.
// The app also refreshes them by itself once they are a day old (lib/advice/refresh-if-stale.ts);
// run this after a large import, or from cron if you prefer a fixed time.
import pg from "pg";
import { refreshCategoryAssociations } from "../lib/advice/refresh-category-associations";
import { withDatabase } from "./lib/database";

try {
  await withDatabase(async (url) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const result = await refreshCategoryAssociations(client);
      if (result)
        console.log(
          `Computed ${result.pairs.toLocaleString("en")} category pairs in ${(result.elapsedMs / 1000).toFixed(1)} s.`,
        );
    } finally {
      await client.end();
    }
  });
} catch (error) {
  console.error("Refreshing the advice failed:", error);
  process.exit(1);
}
process.exit(0);
