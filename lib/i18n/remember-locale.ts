import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, type UiLocale } from "@/i18n/locales";

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * Remembers the interface language on this device, for the login page (before and after sign-in).
 * Not httpOnly: signing out writes it from the browser too, and a language is no secret.
 */
export async function rememberLocale(locale: UiLocale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
}
