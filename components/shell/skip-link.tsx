import { useTranslations } from "next-intl";

/** First tab stop on every page, so keyboard users can jump past the navigation. */
export function SkipLink({ targetId }: { targetId: string }) {
  const t = useTranslations("shell");
  return (
    <a
      href={`#${targetId}`}
      className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium text-brand-700 shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
    >
      {t("skipLink")}
    </a>
  );
}
