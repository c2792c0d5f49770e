import { useTranslations } from "next-intl";
import { PROCESSING_PURPOSES } from "./privacy-copy";

/** What we process and on which legal basis; a definition list that reads on a phone too. */
export function ProcessingPurposes() {
  const t = useTranslations("privacy.purposes");
  return (
    <ul aria-label={t("label")} className="divide-y divide-stone-100">
      {PROCESSING_PURPOSES.map((purpose) => (
        <li key={purpose} className="grid gap-1 px-5 py-3 text-sm md:grid-cols-3 md:gap-4">
          <p className="font-medium text-stone-900">{t(`${purpose}.purpose`)}</p>
          <p className="text-stone-700">
            <span className="font-medium text-stone-600 md:sr-only">{t("basis")}: </span>
            {t(`${purpose}.basis`)}
          </p>
          <p className="text-stone-700">
            <span className="font-medium text-stone-600 md:sr-only">{t("data")}: </span>
            {t(`${purpose}.data`)}
          </p>
        </li>
      ))}
    </ul>
  );
}
