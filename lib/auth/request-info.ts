import "server-only";
import { headers } from "next/headers";

export interface RequestInfo {
  ip: string | null;
  userAgent: string | null;
}

/** Client IP as the nearest proxy reports it (first X-Forwarded-For hop), and the user agent. */
export function requestInfoFrom(get: (name: string) => string | null | undefined): RequestInfo {
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return { ip: forwarded || get("x-real-ip") || null, userAgent: get("user-agent") ?? null };
}

export async function currentRequestInfo(): Promise<RequestInfo> {
  const list = await headers();
  return requestInfoFrom((name) => list.get(name));
}
