// Next.js decodes every path segment before routing and answers a malformed one (%E0%A4%A) with a
// plain-text 500 that nothing logs. The proxy (proxy.ts) catches them first with this check.

/** The first segment of a raw pathname that is not valid percent-encoded UTF-8, else null. */
export function malformedSegment(pathname: string): string | null {
  for (const segment of pathname.split("/")) {
    if (!segment.includes("%")) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return segment;
    }
  }
  return null;
}
