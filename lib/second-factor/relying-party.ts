import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * The WebAuthn relying party is the host the browser is on. It is taken from the request (behind a
 * proxy: X-Forwarded-Host / -Proto) rather than NEXTAUTH_URL, because WebAuthn refuses IP
 * addresses and one deployment may be reached as localhost and 127.0.0.1. The browser signs the
 * origin it really is on, so a forged Host header can only make a verification fail.
 */
export async function relyingParty(): Promise<{ rpID: string; origin: string }> {
  const list = await headers();
  const host = list.get("x-forwarded-host")?.split(",")[0]?.trim() || list.get("host") || "localhost";
  const configured = new URL(env.NEXTAUTH_URL ?? "http://localhost").protocol.replace(":", "");
  const proto = list.get("x-forwarded-proto")?.split(",")[0]?.trim() || configured;
  return { rpID: host.replace(/:\d+$/, ""), origin: `${proto}://${host}` };
}
