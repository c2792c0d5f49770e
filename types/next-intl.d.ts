import type messages from "@/messages/nl";
import type { UiLocale } from "@/i18n/locales";

// Every t("…") key is checked against the Dutch messages at type-check time.
declare module "next-intl" {
  interface AppConfig {
    Locale: UiLocale;
    Messages: typeof messages;
  }
}
