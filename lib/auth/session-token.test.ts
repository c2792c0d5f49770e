import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { sessionCookieName, usesSecureCookies } from "./session-cookie-names";
import { sessionIdFromToken, sessionTokenFrom } from "./session-token";

// Count the decryptions behind sessionIdFromToken, to see that a token is decrypted once.
const decodes = vi.hoisted(() => ({ count: 0 }));
vi.mock("next-auth/jwt", async (importOriginal) => {
  const actual = await importOriginal<typeof import("next-auth/jwt")>();
  return {
    ...actual,
    decode: (params: Parameters<typeof actual.decode>[0]) => {
      decodes.count++;
      return actual.decode(params);
    },
  };
});

const SECRET = "a-test-secret-that-is-long-enough-for-next-auth";
const SID = "01900000-0000-7000-8000-000000000001";

const jar = (cookies: Record<string, string>) => ({
  get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined),
});

beforeEach(() => {
  decodes.count = 0;
});

describe("the session cookie's name", () => {
  it("is the __Secure- one exactly when the public URL is https", () => {
    expect(usesSecureCookies("https://gastvrij.example.nl")).toBe(true);
    expect(sessionCookieName("https://gastvrij.example.nl")).toBe("__Secure-next-auth.session-token");
    expect(usesSecureCookies("http://localhost:3000")).toBe(false);
    expect(sessionCookieName(undefined)).toBe("next-auth.session-token");
  });

  it("reads only the cookie of that name, so one planted under the other name is no session", () => {
    const both = jar({ "__Secure-next-auth.session-token": "a", "next-auth.session-token": "b" });
    expect(sessionTokenFrom(both, "__Secure-next-auth.session-token")).toBe("a");
    expect(sessionTokenFrom(both, "next-auth.session-token")).toBe("b");
    const planted = jar({ "next-auth.session-token": "b" });
    expect(sessionTokenFrom(planted, "__Secure-next-auth.session-token")).toBeNull();
    expect(sessionTokenFrom(jar({ "next-auth.session-token": "" }), "next-auth.session-token")).toBeNull();
  });
});

describe("sessionIdFromToken", () => {
  it("gives the session id of a token next-auth encoded with the same secret, decrypting it once", async () => {
    const token = await encode({ token: { sid: SID, email: "anne@test.nl" }, secret: SECRET, maxAge: 3600 });
    expect(await sessionIdFromToken(token, SECRET)).toBe(SID);
    expect(await sessionIdFromToken(token, SECRET)).toBe(SID);
    expect(await sessionIdFromToken(token, SECRET)).toBe(SID);
    expect(decodes.count).toBe(1);
  });

  it("refuses a token encrypted with another secret, a tampered one and garbage", async () => {
    const token = await encode({ token: { sid: SID }, secret: `${SECRET}-other`, maxAge: 3600 });
    expect(await sessionIdFromToken(token, SECRET)).toBeNull();
    const parts = (await encode({ token: { sid: SID }, secret: SECRET, maxAge: 3600 })).split(".");
    const ciphertext = Buffer.from(parts[3]!, "base64url");
    ciphertext[Math.floor(ciphertext.length / 2)]! ^= 0xff;
    parts[3] = ciphertext.toString("base64url");
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
    expect(decodes.count).toBe(1);
  });

  it("gives null for a token without a session id", async () => {
    const token = await encode({ token: { email: "anne@test.nl" }, secret: SECRET, maxAge: 3600 });
    expect(await sessionIdFromToken(token, SECRET)).toBeNull();
  });
});
