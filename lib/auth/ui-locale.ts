import "server-only";
import { cookies, headers } from "next/headers";
import { getCurrentActor } from "@/lib/auth/current-actor";
import {
  DEFAULT_LOCALE,
  isUiLocale,
  LOCALE_COOKIE,
  localeFromAcceptLanguage,
  type UiLocale,
} from "@/i18n/locales";

/**
 * The interface language of this request: the signed-in staff member's own choice (StaffUser.locale);
 * before sign-in the language last picked on this device, else the browser's, else Dutch. Outside a
 * request (scripts, tests without one) it is Dutch.
 */
export async function resolveUiLocale(): Promise<UiLocale> {
  const actor = await getCurrentActor().catch(() => null);
  if (actor && isUiLocale(actor.locale)) return actor.locale;
  try {
    const remembered = (await cookies()).get(LOCALE_COOKIE)?.value;
    if (isUiLocale(remembered)) return remembered;
    return localeFromAcceptLanguage((await headers()).get("accept-language"));
  } catch {
    return DEFAULT_LOCALE;
  }
}
