// Resolves the database for a script: DATABASE_URL when set, otherwise the embedded server.
import { startEmbeddedPostgres } from "./embedded-postgres";

export async function withDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  const configured = process.env.DATABASE_URL;
  if (configured) return run(configured);
  const embedded = await startEmbeddedPostgres({ log: (line) => console.error(line) });
  try {
    return await run(embedded.url);
  } finally {
    await embedded.stop();
  }
}
