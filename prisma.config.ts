import { defineConfig } from "prisma/config";

// The plain Prisma CLI (on a machine with internet) reads this. Offline, scripts/db/*.ts drive the
// WASM schema engine against the same schema and migrations folder.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
