import "server-only";
import ipaddr from "ipaddr.js";
import proxyaddr from "proxy-addr";

// TRUSTED_PROXIES says which hops of X-Forwarded-For to believe: a count of reverse proxies in front
// of the app ("1" for one nginx), or a comma-separated list of their addresses and CIDR ranges
// ("10.0.0.0/8, 192.168.1.10", plus proxy-addr's names loopback, linklocal and uniquelocal).
// Unset or "0": nobody is believed and the client is the socket's peer.

export type TrustProxy = (address: string, hop: number) => boolean;

export const TRUSTED_PROXIES_HINT =
  'must be a number of proxy hops (e.g. "1") or a comma-separated list of addresses and CIDR ranges (e.g. "10.0.0.0/8,192.168.1.10")';

/** The trust function for a TRUSTED_PROXIES value, null when none is trusted; throws on a bad value. */
export function compileTrustedProxies(value: string | undefined): TrustProxy | null {
  const setting = value?.trim() ?? "";
  if (setting === "" || setting === "0") return null;
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting);
    if (hops > 20) throw new TypeError(TRUSTED_PROXIES_HINT);
    return (_address, hop) => hop < hops;
  }
  const entries = setting.split(",").map((entry) => entry.trim());
  if (entries.some((entry) => entry === "")) throw new TypeError(TRUSTED_PROXIES_HINT);
  try {
    return proxyaddr.compile(entries);
  } catch {
    throw new TypeError(TRUSTED_PROXIES_HINT);
  }
}

function normalized(address: string | undefined): string | null {
  if (!address || !ipaddr.isValid(address)) return null;
  // "::ffff:203.0.113.7" is the IPv4 client a dual-stack socket reports.
  return ipaddr.process(address).toString();
}

/**
 * The client's address: the socket's peer, or, through trusted proxies, the right-most
 * X-Forwarded-For entry they did not add themselves. Null when the socket's peer is unknown.
 */
export function clientAddress(
  socketAddress: string | null,
  forwardedFor: string | null,
  trust: TrustProxy | null,
): string | null {
  if (!socketAddress) return null;
  if (!trust) return normalized(socketAddress);
  const request = {
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
    socket: { remoteAddress: socketAddress },
    connection: { remoteAddress: socketAddress },
  } as unknown as Parameters<typeof proxyaddr.all>[0];
  // [socket, proxy …, client]: every hop but the last was trusted.
  const chain = proxyaddr.all(request, trust);
  // A trusted proxy that passed on garbage: the last address it vouched for is the best we have.
  for (let index = chain.length - 1; index >= 0; index--) {
    const address = normalized(chain[index]);
    if (address) return address;
  }
  return null;
}
