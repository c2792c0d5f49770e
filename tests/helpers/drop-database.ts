// Dropping a test database. pg's pool.end() and client.end() resolve before the server has let
// the connection go; a DROP … WITH (FORCE) in that moment kills the leaving backend, and its
// "terminating connection due to administrator command" (57P01) surfaces as an error in whichever
// process still holds the socket. So: wait briefly for the database's sessions to leave, then drop,
// forcing only what a test left open.
import type pg from "pg";

const LEAVE_WITHIN_MS = 5_000;
const POLL_MS = 25;

async function sessionsOn(admin: pg.Client, name: string): Promise<number> {
  const { rows } = await admin.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
    [name],
  );
  return rows[0]?.n ?? 0;
}

export async function dropDatabase(admin: pg.Client, name: string): Promise<void> {
  const deadline = Date.now() + LEAVE_WITHIN_MS;
  while (Date.now() < deadline && (await sessionsOn(admin, name)) > 0) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  await admin.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
}
