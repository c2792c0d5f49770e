// Global setup of `npm run test:replica`: a primary and a hot standby streaming from it, both
// throwaway clusters on their own ports (scripts/lib/private-cluster.ts), the schema migrated on the
// primary and replayed on the standby. Workers get DATABASE_URL (primary) and DATABASE_READ_URL.
import pg from "pg";
import { migrateDatabase } from "../../scripts/db/migrate-database";
import {
  findPostgresBin,
  startPrivateCluster,
  startStandby,
  type PrivateCluster,
} from "../../scripts/lib/private-cluster";

let primary: PrivateCluster | undefined;
let standby: PrivateCluster | undefined;

export async function setup(): Promise<void> {
  const bin = findPostgresBin();
  if (!bin)
    throw new Error(
      "npm run test:replica needs PostgreSQL's server binaries with pg_basebackup (apt install postgresql, or PG_BIN=/path/to/bin).",
    );
  const started = Date.now();
  primary = await startPrivateCluster(bin);
  const admin = new pg.Client({ connectionString: primary.url() });
  await admin.connect();
  await admin.query("CREATE DATABASE gastvrij");
  await admin.end();
  await migrateDatabase(primary.url("gastvrij"));
  standby = await startStandby(bin, primary);
  process.env.DATABASE_URL = primary.url("gastvrij");
  process.env.DATABASE_READ_URL = standby.url("gastvrij");
  process.env.GASTVRIJ_REPLICA_STANDBY_DIR = standby.dir;
  process.env.GASTVRIJ_PG_BIN = bin;
  process.env.NEXTAUTH_SECRET ??= "vitest-only-secret-vitest-only-secret-0001";
  console.log(
    `Primary on port ${primary.port}, standby on ${standby.port} (${bin}), ready in ${Date.now() - started} ms.`,
  );
}

export async function teardown(): Promise<void> {
  await standby?.stop();
  await primary?.stop();
}
