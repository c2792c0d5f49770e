import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { sessionIdFromToken, sessionTokenFrom } from "./session-token";

const SECRET = "a-test-secret-that-is-long-enough-for-next-auth";
const SID = "01900000-0000-7000-8000-000000000001";

const jar = (cookies: Record<string, string>) => ({
  get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined),
});

describe("sessionTokenFrom", () => {
  it("reads next-auth's cookie under its https name, then its plain name", () => {
    expect(
      sessionTokenFrom(jar({ "__Secure-next-auth.session-token": "a", "next-auth.session-token": "b" })),
    ).toBe("a");
    expect(sessionTokenFrom(jar({ "next-auth.session-token": "b" }))).toBe("b");
  });

  it("finds nothing without the cookie or with an empty one", () => {
    expect(sessionTokenFrom(jar({ "next-auth.csrf-token": "x" }))).toBeNull();
    expect(sessionTokenFrom(jar({ "next-auth.session-token": "" }))).toBeNull();
  });
});

describe("sessionIdFromToken", () => {
  it("gives the session id of a token next-auth encoded with the same secret", async () => {
    const token = await encode({ token: { sid: SID, email: "anne@test.nl" }, secret: SECRET, maxAge: 3600 });
    expect(await sessionIdFromToken(token, SECRET)).toBe(SID);
    // Remembered: the same answer again.
    expect(await sessionIdFromToken(token, SECRET)).toBe(SID);
  });

  it("refuses a token encrypted with another secret, a tampered one and garbage", async () => {
    const token = await encode({ token: { sid: SID }, secret: `${SECRET}-other`, maxAge: 3600 });
    expect(await sessionIdFromToken(token, SECRET)).toBeNull();
    const good = await encode({ token: { sid: SID }, secret: SECRET, maxAge: 3600 });
    const parts = good.split(".");
    parts[3] = `${parts[3]!.slice(0, -2)}${parts[3]!.endsWith("AA") ? "BB" : "AA"}`;
    expect(await sessionIdFromToken(parts.join("."), SECRET)).toBeNull();
    expect(await sessionIdFromToken("not-a-token", SECRET)).toBeNull();
    expect(await sessionIdFromToken(null, SECRET)).toBeNull();
  });

  it("stops accepting a token 15 s after it expires, also once remembered", async () => {
    const token = await encode({ token: { sid: SID }, secret: SECRET, maxAge: 60 });
    const issued = Date.now();
    expect(await sessionIdFromToken(token, SECRET, issued)).toBe(SID);
    expect(await sessionIdFromToken(token, SECRET, issued + 60_000 + 10_000)).toBe(SID);
    expect(await sessionIdFromToken(token, SECRET, issued + 60_000 + 16_000)).toBeNull();
  });

  it("gives null for a token without a session id", async () => {
    const token = await encode({ token: { email: "anne@test.nl" }, secret: SECRET, maxAge: 3600 });
    expect(await sessionIdFromToken(token, SECRET)).toBeNull();
  });
});
