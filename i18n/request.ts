import "server-only";
import { getRequestConfig } from "next-intl/server";
import { DISPLAY_TIME_ZONE } from "@/lib/format/dates";
import { resolveUiLocale } from "@/lib/auth/ui-locale";
import { loadMessages } from "@/messages";
import { isUiLocale } from "./locales";

// next-intl's per-request configuration (wired in next.config.ts): no locale in the URL, the staff
// member's own language instead (lib/auth/ui-locale.ts).
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isUiLocale(requested) ? requested : await resolveUiLocale();
  return {
    locale,
    messages: await loadMessages(locale),
    timeZone: DISPLAY_TIME_ZONE,
    // A missing key is a bug the key-parity test and the type check catch; never crash a page for it.
    onError: (error) => {
      if (process.env.NODE_ENV !== "production") console.error(error.message);
    },
    getMessageFallback: ({ namespace, key }) => [namespace, key].filter(Boolean).join("."),
  };
});
