// Runs `prisma generate` on npm install. Offline, the Prisma CLI insists on downloading its native
// schema engine before any command, although `generate` never uses it; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at an existing file skips that download. With internet access the
// plain `npx prisma generate` works the same.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate"], {
  stdio: "inherit",
  env,
});
