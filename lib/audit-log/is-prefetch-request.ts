import "server-only";
import { headers } from "next/headers";

/**
 * Whether this request only fetches ahead of a possible visit: the Next.js router prefetching a link
 * (Next-Router-Prefetch), or the browser's own prefetch or speculation rules (Sec-Purpose / Purpose).
 * Nobody looks at what such a request returns, so it must neither read a profile nor audit a view.
 */
export async function isPrefetchRequest(): Promise<boolean> {
  const list = await headers();
  if (list.has("next-router-prefetch")) return true;
  const purpose = `${list.get("sec-purpose") ?? ""} ${list.get("purpose") ?? ""}`.toLowerCase();
  return purpose.includes("prefetch") || purpose.includes("prerender");
}
