"use client";

import { signOut } from "next-auth/react";
import { LOCALE_COOKIE, type UiLocale } from "@/i18n/locales";

const ONE_YEAR = 60 * 60 * 24 * 365;

/** Signs out to the login page, which then speaks the language this staff member works in. */
export function signOutKeepingLanguage(locale: UiLocale): void {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR}; samesite=lax`;
  void signOut({ callbackUrl: "/login" });
}
