import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { SOCKET_ADDRESS_HEADER, isSocketAddressStamped } from "@/lib/net/socket-address";
import { clientAddress, compileTrustedProxies } from "@/lib/net/trusted-proxies";

export interface RequestInfo {
  ip: string | null;
  userAgent: string | null;
}

const trust = compileTrustedProxies(env.TRUSTED_PROXIES);

/**
 * The client's address and user agent. The address is the socket's peer; X-Forwarded-For is only
 * read as far as TRUSTED_PROXIES allows (docs/security.md), so nobody can choose the address that is
 * throttled or written to the audit log.
 */
export function requestInfoFrom(get: (name: string) => string | null | undefined): RequestInfo {
  const socket = isSocketAddressStamped() ? (get(SOCKET_ADDRESS_HEADER) ?? null) : null;
  const ip = clientAddress(socket, get("x-forwarded-for") ?? null, trust);
  return { ip, userAgent: get("user-agent") ?? null };
}

export async function currentRequestInfo(): Promise<RequestInfo> {
  const list = await headers();
  return requestInfoFrom((name) => list.get(name));
}
