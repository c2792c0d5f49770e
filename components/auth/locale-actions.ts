"use server";

import { isUiLocale } from "@/i18n/locales";
import { rememberLocale } from "@/lib/i18n/remember-locale";

export type LoginLocaleResult = { ok: true } | { ok: false; status: 400 };

/** The login page's language switch: open to anyone, it only sets this device's language cookie. */
export async function setLoginLocaleAction(locale: unknown): Promise<LoginLocaleResult> {
  if (!isUiLocale(locale)) return { ok: false, status: 400 };
  await rememberLocale(locale);
  return { ok: true };
}
