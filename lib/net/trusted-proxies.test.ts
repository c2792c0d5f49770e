import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { clientAddress, compileTrustedProxies } from "./trusted-proxies";

const base = { DATABASE_URL: "postgresql://x@localhost/db", NEXTAUTH_SECRET: "s".repeat(32) };

describe("client address without TRUSTED_PROXIES", () => {
  const trust = compileTrustedProxies(undefined);

  it("is the socket's peer, whatever X-Forwarded-For claims", () => {
    expect(clientAddress("203.0.113.7", "1.2.3.4", trust)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", "1.2.3.4, 5.6.7.8", trust)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:203.0.113.7", null, trust)).toBe("203.0.113.7");
    expect(compileTrustedProxies("0")).toBeNull();
  });

  it("is unknown when the socket's peer is", () => {
    expect(clientAddress(null, "1.2.3.4", trust)).toBeNull();
  });
});

describe("client address with a count of hops", () => {
  it("takes the entry the nearest trusted proxy added, not the client's own claims", () => {
    const one = compileTrustedProxies("1");
    // nginx appends the peer it saw: a forged first entry stays on the left, unread.
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.9", one)).toBe("198.51.100.9");
    expect(clientAddress("10.0.0.2", "198.51.100.9", one)).toBe("198.51.100.9");
    expect(clientAddress("10.0.0.2", null, one)).toBe("10.0.0.2");
    const two = compileTrustedProxies("2");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.9, 10.0.0.1", two)).toBe("198.51.100.9");
  });

  it("falls back to the last trusted hop when a proxy passes on garbage", () => {
    expect(clientAddress("10.0.0.2", "not-an-ip", compileTrustedProxies("1"))).toBe("10.0.0.2");
  });
});

describe("client address with a list of proxies", () => {
  const trust = compileTrustedProxies("10.0.0.0/8, 192.168.1.10");

  it("walks from the right past trusted addresses only", () => {
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.9, 192.168.1.10", trust)).toBe("198.51.100.9");
    expect(clientAddress("10.1.2.3", "198.51.100.9", trust)).toBe("198.51.100.9");
  });

  it("ignores the header when the socket's peer is not a trusted proxy", () => {
    expect(clientAddress("198.51.100.20", "6.6.6.6", trust)).toBe("198.51.100.20");
  });

  it("accepts proxy-addr's names", () => {
    expect(clientAddress("127.0.0.1", "198.51.100.9", compileTrustedProxies("loopback"))).toBe(
      "198.51.100.9",
    );
  });
});

describe("TRUSTED_PROXIES at start-up", () => {
  it("refuses a bad value with a message naming the variable", () => {
    for (const value of ["yes", "10.0.0.0/33", "1,,2", "999", "300.1.1.1"])
      expect(() => parseEnv({ ...base, TRUSTED_PROXIES: value })).toThrow(
        /TRUSTED_PROXIES must be a number of proxy hops/,
      );
    expect(parseEnv({ ...base, TRUSTED_PROXIES: "2" }).TRUSTED_PROXIES).toBe("2");
    expect(parseEnv({ ...base, TRUSTED_PROXIES: "10.0.0.0/8,::1" }).TRUSTED_PROXIES).toBe("10.0.0.0/8,::1");
  });
});
