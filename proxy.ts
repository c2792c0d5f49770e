import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie-names";
import { AppError } from "@/lib/errors";
import { malformedSegment } from "@/lib/net/malformed-path";

// Runs before every page: sets the security headers (a nonce-based Content-Security-Policy) and
// sends anonymous visitors of staff pages to the login page. It is never the only check: every page,
// route handler and server action checks the session and permissions itself.

// The web app manifest and its icons too: the browser fetches them without the session cookie.
const PUBLIC_PREFIXES = [
  "/login",
  "/_next/",
  "/favicon",
  "/docs",
  "/manifest.webmanifest",
  "/icon.svg",
  "/apple-icon.png",
  "/icons/",
];

function contentSecurityPolicy(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A path Next.js could not decode: 400 JSON for the API, the not-found page (404) for pages. Logged. */
function refuseMalformedPath(request: NextRequest, segment: string): NextResponse {
  const rawPath = new URL(request.url).pathname;
  console.warn(
    JSON.stringify({ event: "malformed_path", method: request.method, path: rawPath.slice(0, 500), segment }),
  );
  const message = `The path segment "${segment.slice(0, 100)}" is not valid percent-encoded UTF-8.`;
  if (rawPath.startsWith("/api/") || rawPath.startsWith("/v1/")) {
    // The API's error shape; built here because the proxy does not load the database layer that
    // lib/api/error-response.ts maps the other errors with.
    const error = new AppError("invalid_path", message);
    return NextResponse.json(
      { error: { code: error.code, message: error.message } },
      { status: error.status },
    );
  }
  // No such page: Next.js renders app/not-found.tsx, with its 404 (a rewrite cannot change it).
  return NextResponse.rewrite(new URL("/malformed-address", request.url));
}

export function proxy(request: NextRequest) {
  const malformed = malformedSegment(new URL(request.url).pathname);
  if (malformed !== null) return refuseMalformedPath(request, malformed);
  const { pathname, search } = request.nextUrl;
  // An API path here only had its encoding checked; the route does the rest.
  if (pathname.startsWith("/api/") || pathname.startsWith("/v1/")) return NextResponse.next();
  const isPublic = PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix));
  const hasSession = SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name));
  if (!isPublic && !hasSession) {
    const login = new URL("/login", request.url);
    if (pathname !== "/") login.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Always overwritten here, so pages can trust it: where to return after the second factor.
  requestHeaders.set("x-request-path", `${pathname}${search}`);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (process.env.NODE_ENV === "production") {
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  }
  return response;
}

// API routes stay out: they check credentials themselves, and a proxied request body is buffered in
// memory and cut at 10 MB, which would break streamed CSV imports (next.config.ts sets their headers).
// Only an API path with a "%" comes in, to be refused when its encoding is broken.
export const config = {
  matcher: [
    { source: "/((?!api/|v1/|_next/static|_next/image|favicon.ico).*)" },
    { source: "/api/:path(.*%.*)" },
    { source: "/v1/:path(.*%.*)" },
  ],
};
